namespace ConsentManager.Api.Geo;

/// <summary>
/// Finds the embedded default database: the npm package <c>@ip-location-db/geo-whois-asn-country-mmdb</c> (CC0),
/// a dependency of the repository's package.json, in the nearest node_modules above the app.
/// </summary>
internal static class DefaultGeoDatabase
{
    private static readonly string RelativePath = Path.Combine(
        "node_modules", "@ip-location-db", "geo-whois-asn-country-mmdb", "geo-whois-asn-country.mmdb");

    public static string Find(string contentRoot)
    {
        foreach (var start in new[] { contentRoot, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, RelativePath);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException(
            $"No geo database: '{RelativePath}' was not found above '{contentRoot}'. Run 'npm ci' in the repository root, " +
            "or set Geo__DatabasePath to a MaxMind-format (.mmdb) database.");
    }
}
