using System.Threading.RateLimiting;
using ConsentManager.Api.Visitors;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ConsentManager.Api.Http;

/// <summary>
/// The per-site write budget, run as the global limiter: a request spends one permit of its route's site when its
/// endpoint uses <see cref="PublicEndpoints.SiteWriteBudgetPolicy"/> and it writes (a POST, or a /config call with a
/// valid visitor token, which records a sighting). Everything else passes untouched.
/// </summary>
internal sealed class SiteWriteBudget : PartitionedRateLimiter<HttpContext>
{
    private const string ExceededItem = "ConsentManager.SiteWriteBudgetExceeded";
    private const string Unbudgeted = "";
    private readonly PartitionedRateLimiter<HttpContext> _sites;

    public SiteWriteBudget(IOptions<RateLimitingOptions> options)
    {
        var limits = options.Value;
        _sites = PartitionedRateLimiter.Create<HttpContext, string>(context => SiteOf(context) is { } siteId
            ? RateLimitPartition.GetFixedWindowLimiter(siteId, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limits.SiteWritePermitLimit,
                Window = limits.SiteWriteWindow,
                QueueLimit = 0,
            })
            : RateLimitPartition.GetNoLimiter(Unbudgeted));
    }

    /// <summary>The site whose budget refused this request, or null when the client's own limit did.</summary>
    public static string? ExceededBy(HttpContext context) => context.Items[ExceededItem] as string;

    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => _sites.GetStatistics(resource);

    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount) =>
        Remember(resource, _sites.AttemptAcquire(resource, permitCount));

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken) =>
        Remember(resource, await _sites.AcquireAsync(resource, permitCount, cancellationToken));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _sites.Dispose();
        }
    }

    private static string? SiteOf(HttpContext context)
    {
        var policy = context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
        if (policy != PublicEndpoints.SiteWriteBudgetPolicy || context.GetRouteValue("siteId") is not string { Length: > 0 } siteId)
        {
            return null;
        }

        return HttpMethods.IsPost(context.Request.Method) || RecordsSighting(context, siteId) ? siteId : null;
    }

    // Only a valid token records a sighting: a missing or forged one gets a freshly minted visitor and writes nothing.
    private static bool RecordsSighting(HttpContext context, string siteId) =>
        context.Request.Headers[VisitorTokens.Header].ToString() is { Length: > 0 } token
        && context.RequestServices.GetRequiredService<VisitorTokens>().Verify(siteId, token) is not null;

    private static RateLimitLease Remember(HttpContext context, RateLimitLease lease)
    {
        if (!lease.IsAcquired)
        {
            context.Items[ExceededItem] = SiteOf(context);
        }

        return lease;
    }
}
