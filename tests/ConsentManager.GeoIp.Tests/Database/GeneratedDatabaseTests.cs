using System.Net;

namespace ConsentManager.GeoIp.Tests.Database;

// Shapes MaxMind's test databases do not contain, written with TinyMmdb.
public sealed class GeneratedDatabaseTests : IDisposable
{
    private static readonly IPAddress LowHalf = IPAddress.Parse("10.1.2.3");
    private static readonly IPAddress HighHalf = IPAddress.Parse("200.1.2.3");
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"tiny-{Guid.NewGuid():N}.mmdb");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Lookup_Falls_Back_To_Registered_Country_When_Country_Is_Absent()
    {
        TinyMmdb.Write(_path,
            new() { ["registered_country"] = Country("DE", inEu: true) },
            new() { ["country"] = Country("CH", inEu: false), ["registered_country"] = Country("DE", inEu: true) });
        using var locator = new MaxMindGeoLocator(_path);

        Assert.Equal(new GeoLocation("DE", true, null), locator.Lookup(LowHalf));
        Assert.Equal(new GeoLocation("CH", false, null), locator.Lookup(HighHalf));
    }

    [Fact]
    public void Lookup_Of_IPv6_Address_In_IPv4_Database_Returns_Unknown()
    {
        TinyMmdb.Write(_path, new() { ["country_code"] = "FR" }, new() { ["country_code"] = "US" });
        using var locator = new MaxMindGeoLocator(_path);

        Assert.Equal(new GeoLocation("FR", true, null), locator.Lookup(LowHalf));
        Assert.Equal(GeoLocation.Unknown, locator.Lookup(IPAddress.Parse("2001:218::1")));
    }

    [Fact]
    public void Malformed_Country_Code_Returns_Unknown()
    {
        TinyMmdb.Write(_path, new() { ["country_code"] = "FRA" }, new() { ["country_code"] = "" });
        using var locator = new MaxMindGeoLocator(_path);

        Assert.Equal(GeoLocation.Unknown, locator.Lookup(LowHalf));
        Assert.Equal(GeoLocation.Unknown, locator.Lookup(HighHalf));
    }

    [Fact]
    public void Open_Of_Database_Without_Country_Data_Throws_Naming_The_Path_And_Type()
    {
        TinyMmdb.Write(_path, new() { ["autonomous_system_number"] = 3320u }, new() { ["autonomous_system_number"] = 15169u });

        var error = Assert.Throws<GeoDatabaseException>(() => new MaxMindGeoLocator(_path));

        Assert.Contains(_path, error.Message);
        Assert.Contains("no country data", error.Message);
        Assert.Contains("Tiny-Test", error.Message);
    }

    private static Dictionary<string, object> Country(string isoCode, bool inEu)
    {
        var country = new Dictionary<string, object> { ["iso_code"] = isoCode };
        if (inEu)
        {
            country["is_in_european_union"] = true;
        }
        return country;
    }
}
