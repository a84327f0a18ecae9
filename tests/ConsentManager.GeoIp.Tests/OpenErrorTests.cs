namespace ConsentManager.GeoIp.Tests;

public sealed class OpenErrorTests
{
    [Fact]
    public void Open_Of_Missing_File_Throws_Naming_The_Path_And_The_OS_Reason()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.mmdb");

        var error = Assert.Throws<GeoDatabaseException>(() => new MaxMindGeoLocator(path));

        Assert.Equal(path, error.DatabasePath);
        Assert.Contains(path, error.Message);
        Assert.Contains("No such file or directory", error.Message);
    }

    [Fact]
    public void Open_Of_File_That_Is_Not_A_Database_Throws_Naming_The_Path()
    {
        var error = Assert.Throws<GeoDatabaseException>(() => new MaxMindGeoLocator(TestDatabases.NotADatabase));

        Assert.Contains(TestDatabases.NotADatabase, error.Message);
        Assert.Contains("metadata", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Open_Of_Empty_File_Throws_Naming_The_Path()
    {
        var path = Path.Combine(Path.GetTempPath(), $"empty-{Guid.NewGuid():N}.mmdb");
        File.WriteAllBytes(path, []);
        try
        {
            var error = Assert.Throws<GeoDatabaseException>(() => new MaxMindGeoLocator(path));

            Assert.Equal(path, error.DatabasePath);
        }
        finally
        {
            File.Delete(path);
        }
    }

    // MMDB_open accepts both files; only walking the tree and decoding the records finds the
    // damage. MMDB_strerror's wording names the broken part.
    [Theory]
    [InlineData("MaxMind-DB-test-broken-pointers-24.mmdb", "data section contains bad data")]
    [InlineData("MaxMind-DB-test-broken-search-tree-24.mmdb", "search tree is corrupt")]
    public void Open_Of_Corrupt_Database_Throws_Naming_The_Path_And_The_Damage(string fileName, string damage)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", fileName);

        var error = Assert.Throws<GeoDatabaseException>(() => new MaxMindGeoLocator(path));

        Assert.Equal(path, error.DatabasePath);
        Assert.Contains(path, error.Message);
        Assert.Contains("corrupt", error.Message);
        Assert.Contains(damage, error.Message);
    }

    [Fact]
    public void Lookup_After_Dispose_Throws_ObjectDisposedException()
    {
        var locator = new MaxMindGeoLocator(TestDatabases.GeoIp2Country);
        locator.Dispose();

        Assert.Throws<ObjectDisposedException>(() => locator.Lookup(System.Net.IPAddress.Loopback));
    }
}
