using System.Net;

namespace ConsentManager.GeoIp.Tests;

// The ip-location-db layout: a bare top-level country_code, EU flag derived from the code.
// Answers checked with `mmdblookup` against the pinned npm package version.
public sealed class IpLocationDbLookupTests(IpLocationDbLookupTests.OpenedDatabase database)
    : IClassFixture<IpLocationDbLookupTests.OpenedDatabase>
{
    private readonly MaxMindGeoLocator _locator = database.Locator;

    // Opened once for the class: verifying the 8 MB file takes a moment, and lookups are read-only.
    public sealed class OpenedDatabase : IDisposable
    {
        public MaxMindGeoLocator Locator { get; } = new(TestDatabases.IpLocationDbCountry);

        public void Dispose() => Locator.Dispose();
    }

    [Theory]
    [InlineData("193.0.6.139", "NL", true)]
    [InlineData("217.0.0.1", "DE", true)]
    [InlineData("1.1.1.1", "AU", false)]
    [InlineData("8.8.8.8", "US", false)]
    [InlineData("2001:67c:2e8::1", "NL", true)]
    [InlineData("2a00:1450:4001::1", "IE", true)]
    public void Lookup_Returns_Country_Code_And_Derived_EU_Flag(string address, string country, bool inEu)
    {
        var location = _locator.Lookup(IPAddress.Parse(address));

        Assert.Equal(new GeoLocation(country, inEu, null), location);
    }

    // The file has no ::ffff:0:0/96 alias, so this only works because the address is sent to
    // libmaxminddb as plain IPv4.
    [Fact]
    public void Lookup_Of_IPv4_Mapped_IPv6_Address_Uses_The_IPv4_Subtree()
    {
        var location = _locator.Lookup(IPAddress.Parse("::ffff:193.0.6.139"));

        Assert.Equal(new GeoLocation("NL", true, null), location);
    }

    [Theory]
    [InlineData("10.0.0.1")]
    [InlineData("192.0.2.1")]
    [InlineData("::1")]
    public void Lookup_Of_Reserved_Address_Returns_Unknown(string address)
    {
        Assert.Equal(GeoLocation.Unknown, _locator.Lookup(IPAddress.Parse(address)));
    }

    [Fact]
    public void Database_Reports_The_Files_Own_Type()
    {
        Assert.Equal("country ipvAll", _locator.Database.DatabaseType);
    }
}
