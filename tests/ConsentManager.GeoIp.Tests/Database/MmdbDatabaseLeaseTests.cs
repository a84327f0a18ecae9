using System.Net;
using ConsentManager.GeoIp.Database;

namespace ConsentManager.GeoIp.Tests.Database;

public sealed class MmdbDatabaseLeaseTests
{
    private static readonly IPAddress Sweden = IPAddress.Parse("89.160.20.112");

    [Fact]
    public void Retired_Database_Stays_Open_Until_The_Last_Lease_Is_Released()
    {
        var database = MmdbDatabase.Open(TestDatabases.GeoIp2Country);
        Assert.True(database.TryAcquire());

        database.Retire();

        Assert.False(database.IsClosed);
        Assert.Equal("SE", database.Lookup(Sweden).CountryCode);
        database.Release();
        Assert.True(database.IsClosed);
    }

    [Fact]
    public void Closed_Database_Cannot_Be_Acquired()
    {
        var database = MmdbDatabase.Open(TestDatabases.GeoIp2Country);

        database.Retire();

        Assert.True(database.IsClosed);
        Assert.False(database.TryAcquire());
    }
}
