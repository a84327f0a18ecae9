using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ConsentManager.Api.Http;

/// <summary>The 429 problem for every refused request, with <c>Retry-After</c> and which limit was met.</summary>
internal static class TooManyRequests
{
    private const int FallbackRetrySeconds = 60;

    public static async ValueTask WriteAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? (int)Math.Ceiling(wait.TotalSeconds)
            : FallbackRetrySeconds;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = retryAfter.ToString();
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = Detail(http, retryAfter),
            },
        });
    }

    private static string Detail(HttpContext http, int retryAfter)
    {
        if (SiteWriteBudget.ExceededBy(http) is not { } siteId)
        {
            return $"This client made too many requests; retry after {retryAfter} s.";
        }

        var limits = http.RequestServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value;
        return $"Site '{siteId}' has used its write budget of {limits.SiteWritePermitLimit} receipts and sightings per " +
            $"{limits.SiteWriteWindow}; retry after {retryAfter} s.";
    }
}
