namespace ConsentManager.Api.Geo;

/// <summary>Bound from the <c>Geo</c> configuration section.</summary>
public sealed class GeoOptions
{
    public const string Section = "Geo";

    /// <summary>
    /// A MaxMind-format database (env <c>Geo__DatabasePath</c>), e.g. a licensed GeoIP2/GeoLite2 Country or City DB.
    /// When unset, the CC0 ip-location-db country database installed by <c>npm ci</c> is used.
    /// </summary>
    public string? DatabasePath { get; set; }

    /// <summary>How often the file is checked for a replacement when the directory watcher misses it.</summary>
    public TimeSpan ChangeCheckInterval { get; set; } = TimeSpan.FromMinutes(1);
}
