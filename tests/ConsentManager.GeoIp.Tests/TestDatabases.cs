namespace ConsentManager.GeoIp.Tests;

// Paths of the databases the tests read. MaxMind's test files are copied beside the test
// assembly; the ip-location-db file is the npm dependency of the repository root.
internal static class TestDatabases
{
    public static string GeoIp2Country => InTestData("GeoIP2-Country-Test.mmdb");
    public static string GeoLite2Country => InTestData("GeoLite2-Country-Test.mmdb");
    public static string GeoIp2City => InTestData("GeoIP2-City-Test.mmdb");
    public static string BrokenPointers => InTestData("MaxMind-DB-test-broken-pointers-24.mmdb");
    public static string BrokenSearchTree => InTestData("MaxMind-DB-test-broken-search-tree-24.mmdb");
    // Any file that is not a MaxMind DB will do.
    public static string NotADatabase => InTestData("LICENSE-MIT");

    public static string IpLocationDbCountry
    {
        get
        {
            var path = Path.Combine(RepositoryRoot(), "node_modules", "@ip-location-db", "geo-whois-asn-country-mmdb", "geo-whois-asn-country.mmdb");
            return File.Exists(path)
                ? path
                : throw new FileNotFoundException($"'{path}' is missing: run `npm ci` in the repository root first.", path);
        }
    }

    private static string InTestData(string fileName) => Path.Combine(AppContext.BaseDirectory, "TestData", fileName);

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ConsentManager.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"No ConsentManager.sln above '{AppContext.BaseDirectory}'.");
    }
}
