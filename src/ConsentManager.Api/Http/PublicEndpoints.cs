using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ConsentManager.Api.Http;

/// <summary>The endpoints visitors' browsers call: CORS per site, rate-limited per client and, for writes, per site.</summary>
public static class PublicEndpoints
{
    public const string CorsPolicy = "site-origins";

    /// <summary>Per client: an IPv4 address, or an IPv6 /64.</summary>
    public const string RateLimitPolicy = "public";

    /// <summary>Per client like <see cref="RateLimitPolicy"/>, and each write also spends its site's write budget.</summary>
    public const string SiteWriteBudgetPolicy = "site-writes";

    public static IServiceCollection AddPublicEndpointProtection(this IServiceCollection services)
    {
        services.AddCors();
        services.AddSingleton<ICorsPolicyProvider, SiteCorsPolicyProvider>();
        services.AddOptions<RateLimitingOptions>().BindConfiguration(RateLimitingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SiteWriteBudget>();
        services.AddOptions<RateLimiterOptions>().Configure<SiteWriteBudget>((limiter, budget) => limiter.GlobalLimiter = budget);
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(RateLimitPolicy, PerClient);
            limiter.AddPolicy(SiteWriteBudgetPolicy, PerClient);
            limiter.OnRejected = TooManyRequests.WriteAsync;
        });
        return services;
    }

    private static RateLimitPartition<string> PerClient(HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value;
        // The partition key lives only in memory; it is never stored or logged.
        return RateLimitPartition.GetFixedWindowLimiter(ClientPartition.KeyFor(context.Connection.RemoteIpAddress), _ =>
            new FixedWindowRateLimiterOptions { PermitLimit = options.PermitLimit, Window = options.Window, QueueLimit = 0 });
    }
}
