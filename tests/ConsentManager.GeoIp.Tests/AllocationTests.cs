using System.Net;

namespace ConsentManager.GeoIp.Tests;

// The lookup is on every consent request's path; it must not feed the GC.
public sealed class AllocationTests
{
    private const int Lookups = 10_000;

    [Theory]
    [InlineData("89.160.20.112")]
    [InlineData("2001:218::1")]
    [InlineData("::ffff:81.2.69.160")]
    [InlineData("10.0.0.1")]
    public void Lookup_Allocates_Nothing_Once_Warm(string address)
    {
        using var locator = new MaxMindGeoLocator(TestDatabases.GeoIp2City);
        var ip = IPAddress.Parse(address);
        var warm = locator.Lookup(ip);

        // Assert.Equal allocates itself, so the loop only counts disagreements.
        var mismatches = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Lookups; i++)
        {
            mismatches += locator.Lookup(ip) == warm ? 0 : 1;
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // The runtime itself occasionally allocates a few dozen bytes on this thread while
        // tiering up the code under test; any allocation per lookup would be at least 24 bytes
        // times Lookups, so "under one byte per lookup" means "none".
        Assert.True(allocated < Lookups, $"{allocated} bytes allocated by {Lookups} lookups");
        Assert.Equal(0, mismatches);
    }
}
