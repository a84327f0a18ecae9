using System.Net;

namespace ConsentManager.GeoIp.Tests;

// Expected answers come from MaxMind's GeoIP2-Country-Test.json and agree with `mmdblookup`.
public sealed class MaxMindLookupTests : IDisposable
{
    private readonly MaxMindGeoLocator _country = new(TestDatabases.GeoIp2Country);
    private readonly MaxMindGeoLocator _city = new(TestDatabases.GeoIp2City);

    public void Dispose()
    {
        _country.Dispose();
        _city.Dispose();
    }

    [Theory]
    [InlineData("81.2.69.160", "GB", false)]
    [InlineData("2.125.160.216", "GB", false)]
    [InlineData("216.160.83.56", "US", false)]
    [InlineData("89.160.20.112", "SE", true)]
    [InlineData("67.43.156.1", "BT", false)]
    public void Lookup_Of_Known_IPv4_Address_Returns_Country_And_EU_Flag(string address, string country, bool inEu)
    {
        var location = _country.Lookup(IPAddress.Parse(address));

        Assert.Equal(new GeoLocation(country, inEu, null), location);
    }

    [Theory]
    [InlineData("2001:218::1", "JP", false)]
    [InlineData("2001:220::", "SE", true)]
    [InlineData("2a02:d180::1", "DE", true)]
    [InlineData("2a02:d3c0::1", "GB", false)]
    public void Lookup_Of_Known_IPv6_Address_Returns_Country_And_EU_Flag(string address, string country, bool inEu)
    {
        var location = _country.Lookup(IPAddress.Parse(address));

        Assert.Equal(new GeoLocation(country, inEu, null), location);
    }

    [Fact]
    public void Lookup_Of_IPv4_Mapped_IPv6_Address_Returns_The_IPv4_Answer()
    {
        var location = _country.Lookup(IPAddress.Parse("::ffff:89.160.20.112"));

        Assert.Equal(new GeoLocation("SE", true, null), location);
    }

    [Theory]
    [InlineData("216.160.83.56", "US", false, "WA")]
    [InlineData("81.2.69.160", "GB", false, "ENG")]
    [InlineData("89.160.20.112", "SE", true, "E")]
    [InlineData("2001:218::1", "JP", false, null)]
    public void Lookup_In_City_Database_Returns_First_Subdivision(string address, string country, bool inEu, string? subdivision)
    {
        var location = _city.Lookup(IPAddress.Parse(address));

        Assert.Equal(new GeoLocation(country, inEu, subdivision), location);
    }

    [Theory]
    [InlineData("10.0.0.1")]
    [InlineData("192.0.2.1")]
    [InlineData("::1")]
    [InlineData("2001:480::1")]
    public void Lookup_Of_Address_Not_In_Database_Returns_Unknown(string address)
    {
        Assert.Equal(GeoLocation.Unknown, _country.Lookup(IPAddress.Parse(address)));
    }

    // These networks have records, but with no country (continent or traits only).
    [Theory]
    [InlineData("2a02:d500::1")]
    [InlineData("214.1.1.1")]
    public void Lookup_Of_Record_Without_Country_Returns_Unknown(string address)
    {
        Assert.Equal(GeoLocation.Unknown, _country.Lookup(IPAddress.Parse(address)));
    }

    [Fact]
    public void Lookup_In_GeoLite2_Database_Returns_Its_Own_Answer()
    {
        using var geoLite = new MaxMindGeoLocator(TestDatabases.GeoLite2Country);

        // The two test databases disagree on this network, which the reload tests rely on.
        Assert.Equal(new GeoLocation("KR", false, null), geoLite.Lookup(IPAddress.Parse("2001:220::")));
        Assert.Equal(new GeoLocation("SE", true, null), _country.Lookup(IPAddress.Parse("2001:220::")));
    }

    [Fact]
    public void Database_Describes_The_Opened_File()
    {
        Assert.Equal("GeoIP2-City", _city.Database.DatabaseType);
        Assert.Equal(TestDatabases.GeoIp2City, _city.Database.Path);
        Assert.True(_city.Database.BuildTime > new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero));
    }
}
