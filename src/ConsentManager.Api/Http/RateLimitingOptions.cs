using System.ComponentModel.DataAnnotations;

namespace ConsentManager.Api.Http;

/// <summary>Bound from the <c>RateLimiting</c> configuration section.</summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Requests one client (an IPv4 address, an IPv6 /64) may make per window to each public policy.</summary>
    [Range(1, 1_000_000, ErrorMessage = "RateLimiting:PermitLimit must be between 1 and 1000000.")]
    public int PermitLimit { get; set; } = 300;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "RateLimiting:Window must be between 1 second and 1 day.")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Writes (receipts, and /config calls that record a sighting) one site may take per
    /// <see cref="SiteWriteWindow"/>, from all clients together: receipts live for years, so a flood must stop
    /// before it fills Redis. The default, 100 per second, is far above what a busy job board's visitors choose.
    /// </summary>
    [Range(1, 10_000_000, ErrorMessage = "RateLimiting:SiteWritePermitLimit must be between 1 and 10000000.")]
    public int SiteWritePermitLimit { get; set; } = 6_000;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "RateLimiting:SiteWriteWindow must be between 1 second and 1 day.")]
    public TimeSpan SiteWriteWindow { get; set; } = TimeSpan.FromMinutes(1);
}
