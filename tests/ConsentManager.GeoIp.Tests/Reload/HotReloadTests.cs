using System.Net;

namespace ConsentManager.GeoIp.Tests.Reload;

// 2001:220:: is SE (EU) in the GeoIP2 Country test database and KR in the GeoLite2 one;
// 216.160.83.56 has the subdivision WA only in the City database.
public sealed class HotReloadTests : IDisposable
{
    private static readonly IPAddress DiffersBetweenCountryDatabases = IPAddress.Parse("2001:220::");
    private static readonly IPAddress HasSubdivisionInCity = IPAddress.Parse("216.160.83.56");
    private static readonly GeoLocation FromGeoIp2 = new("SE", true, null);
    private static readonly GeoLocation FromGeoLite2 = new("KR", false, null);

    private readonly DatabaseDirectory _directory = new(TestDatabases.GeoIp2Country);

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Database_Renamed_Over_The_Path_Is_Picked_Up()
    {
        using var locator = CreateLocator();
        var observer = new ReloadObserver(locator);
        Assert.Equal(FromGeoIp2, locator.Lookup(DiffersBetweenCountryDatabases));

        _directory.ReplaceByRename(TestDatabases.GeoLite2Country);

        observer.WaitUntil(() => locator.Lookup(DiffersBetweenCountryDatabases) == FromGeoLite2, "the GeoLite2 answer");
        Assert.Equal("GeoLite2-Country", locator.Database.DatabaseType);
        Assert.Equal("GeoLite2-Country", Assert.Single(observer.Reloads).DatabaseType);
    }

    [Fact]
    public void Country_Database_Replaced_By_City_Database_Starts_Returning_Subdivisions()
    {
        using var locator = CreateLocator();
        var observer = new ReloadObserver(locator);
        Assert.Equal(new GeoLocation("US", false, null), locator.Lookup(HasSubdivisionInCity));

        _directory.ReplaceByRename(TestDatabases.GeoIp2City);

        observer.WaitUntil(() => locator.Lookup(HasSubdivisionInCity) == new GeoLocation("US", false, "WA"), "the City answer");
    }

    // The City file is larger than the Country file, so the old mapping never reaches past the
    // end of the rewritten file; the test also waits for the reload before the next lookup.
    [Fact]
    public void Database_Overwritten_In_Place_Is_Picked_Up()
    {
        using var locator = CreateLocator();
        var observer = new ReloadObserver(locator);

        _directory.OverwriteInPlace(TestDatabases.GeoIp2City);

        observer.WaitUntil(() => observer.Reloads.Any(r => r.DatabaseType == "GeoIP2-City"), "a reload of the City database");
        Assert.Equal(new GeoLocation("US", false, "WA"), locator.Lookup(HasSubdivisionInCity));
    }

    [Fact]
    public void Periodic_Check_Picks_Up_A_Replaced_Database_Without_The_Directory_Watcher()
    {
        using var locator = CreateLocator(watchDirectory: false);
        var observer = new ReloadObserver(locator);

        _directory.ReplaceByRename(TestDatabases.GeoLite2Country);

        observer.WaitUntil(() => locator.Lookup(DiffersBetweenCountryDatabases) == FromGeoLite2, "the GeoLite2 answer");
    }

    [Theory]
    [InlineData("MaxMind-DB-test-broken-pointers-24.mmdb")]
    [InlineData("MaxMind-DB-test-broken-search-tree-24.mmdb")]
    [InlineData("LICENSE-MIT")]
    public void Broken_Replacement_Is_Reported_And_The_Old_Database_Keeps_Serving(string brokenFile)
    {
        using var locator = CreateLocator();
        var observer = new ReloadObserver(locator);

        _directory.ReplaceByRename(Path.Combine(AppContext.BaseDirectory, "TestData", brokenFile));

        observer.WaitUntil(() => !observer.Failures.IsEmpty, "the reload failure");
        var failure = Assert.Single(observer.Failures);
        Assert.Equal(_directory.DatabasePath, failure.DatabasePath);
        Assert.Contains(_directory.DatabasePath, failure.Message);
        Assert.Empty(observer.Reloads);
        Assert.Equal(FromGeoIp2, locator.Lookup(DiffersBetweenCountryDatabases));
        Assert.Equal("GeoIP2-Country", locator.Database.DatabaseType);
    }

    [Fact]
    public void Good_Database_After_A_Broken_One_Is_Picked_Up()
    {
        using var locator = CreateLocator();
        var observer = new ReloadObserver(locator);
        _directory.ReplaceByRename(TestDatabases.BrokenPointers);
        observer.WaitUntil(() => !observer.Failures.IsEmpty, "the reload failure");

        _directory.ReplaceByRename(TestDatabases.GeoLite2Country);

        observer.WaitUntil(() => locator.Lookup(DiffersBetweenCountryDatabases) == FromGeoLite2, "the GeoLite2 answer");
    }

    [Fact]
    public void Deleted_Database_Is_Reported_And_The_Old_Database_Keeps_Serving()
    {
        using var locator = CreateLocator(watchDirectory: false);
        var observer = new ReloadObserver(locator);

        _directory.Delete();

        observer.WaitUntil(() => !observer.Failures.IsEmpty, "the reload failure");
        Assert.Contains("No such file or directory", Assert.Single(observer.Failures).Message);
        Assert.Equal(FromGeoIp2, locator.Lookup(DiffersBetweenCountryDatabases));
    }

    private MaxMindGeoLocator CreateLocator(bool watchDirectory = true) => new(_directory.DatabasePath, new MaxMindGeoLocatorOptions
    {
        ChangeCheckInterval = watchDirectory ? TimeSpan.FromMinutes(10) : TimeSpan.FromMilliseconds(50),
        WatchDirectory = watchDirectory,
        SettleDelay = TimeSpan.FromMilliseconds(20),
    });
}
