using ConsentManager.Api.Hosting;

namespace ConsentManager.Api.Geo;

/// <summary>
/// Finds the embedded default database: the npm package <c>@ip-location-db/geo-whois-asn-country-mmdb</c> (CC0),
/// a dependency of the repository's package.json: the copy a publish puts beside the app (geo/), else the nearest
/// node_modules above the app.
/// </summary>
internal static class DefaultGeoDatabase
{
    private static readonly string RelativePath = Path.Combine(
        "node_modules", "@ip-location-db", "geo-whois-asn-country-mmdb", "geo-whois-asn-country.mmdb");

    public static string Find(string contentRoot)
    {
        var published = Path.Combine(AppContext.BaseDirectory, "geo", Path.GetFileName(RelativePath));
        if (File.Exists(published))
        {
            return published;
        }

        if (AppFiles.FindAbove(RelativePath, contentRoot, File.Exists) is { } checkout)
        {
            return checkout;
        }

        throw new InvalidOperationException(
            $"No geo database: '{RelativePath}' was not found above '{contentRoot}'. Run 'npm ci' in the repository root, " +
            "or set Geo__DatabasePath to a MaxMind-format (.mmdb) database.");
    }
}
