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
    private readonly PartitionedRateLimiter<string> _sites;

    public SiteWriteBudget(IOptions<RateLimitingOptions> options)
    {
        var limits = options.Value;
        // Only budgeted requests reach it: its partition lookup takes one lock shared by all requests.
        _sites = PartitionedRateLimiter.Create<string, string>(siteId =>
            RateLimitPartition.GetFixedWindowLimiter(siteId, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limits.SiteWritePermitLimit,
                Window = limits.SiteWriteWindow,
                QueueLimit = 0,
            }));
    }

    /// <summary>The site whose budget refused this request, or null when the client's own limit did.</summary>
    public static string? ExceededBy(HttpContext context) => context.Items[ExceededItem] as string;

    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => SiteOf(resource) is { } siteId ? _sites.GetStatistics(siteId) : null;

    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount) =>
        SiteOf(resource) is { } siteId ? Remember(resource, siteId, _sites.AttemptAcquire(siteId, permitCount)) : UnbudgetedLease.Instance;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken) =>
        SiteOf(resource) is { } siteId
            ? Remember(resource, siteId, await _sites.AcquireAsync(siteId, permitCount, cancellationToken))
            : UnbudgetedLease.Instance;

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

    private static RateLimitLease Remember(HttpContext context, string siteId, RateLimitLease lease)
    {
        if (!lease.IsAcquired)
        {
            context.Items[ExceededItem] = siteId;
        }

        return lease;
    }

    // What a request outside every site's budget holds: always granted, nothing to release.
    private sealed class UnbudgetedLease : RateLimitLease
    {
        public static readonly UnbudgetedLease Instance = new();

        public override bool IsAcquired => true;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
