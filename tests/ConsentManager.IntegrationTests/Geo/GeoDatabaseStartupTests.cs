using System.Net;
using ConsentManager.Api.Geo;
using ConsentManager.GeoIp;
using ConsentManager.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace ConsentManager.IntegrationTests.Geo;

/// <summary>A geo database the API cannot use stops it at start, naming the file; a replaced file is picked up live.</summary>
public sealed class GeoDatabaseStartupTests
{
    /// <summary>The API with a geo database of the test's choosing.</summary>
    private sealed class GeoApplication(string databasePath) : ConsentApiApplication
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // The database under test replaces the fixture's City test DB.
            builder.UseSetting("Geo:DatabasePath", databasePath);
        }
    }

    [Theory]
    [InlineData("MaxMind-DB-test-broken-pointers-24.mmdb")]
    [InlineData("MaxMind-DB-test-broken-search-tree-24.mmdb")]
    [InlineData("no-such-database.mmdb")]
    public async Task Unusable_Database_Fails_Start_With_A_Message_Naming_The_Path(string fileName)
    {
        var path = ConsentApiApplication.TestDatabase(fileName);
        await using var app = new GeoApplication(path);
        await app.InitializeAsync();

        var error = Assert.Throws<GeoDatabaseException>(() => app.CreateClient());

        Assert.Contains(path, error.Message);
    }

    [Fact]
    public async Task Replaced_Database_File_Is_Used_Without_A_Restart()
    {
        var directory = Directory.CreateTempSubdirectory("consentmanager-geo-");
        var path = Path.Combine(directory.FullName, "country.mmdb");
        File.Copy(ConsentApiApplication.TestDatabase("GeoIP2-Country-Test.mmdb"), path);
        await using var app = new GeoApplication(path);
        await app.InitializeAsync();
        var api = new ApiScenario(app);
        var siteId = await api.CreateSiteAsync();
        // 8.8.8.8 is not in MaxMind's test database, but it is in the ip-location-db one.
        var visitor = api.FromAddress("8.8.8.8");
        var before = await ApiScenario.ReadJsonAsync(await visitor.GetAsync($"/v1/sites/{siteId}/config"));

        File.Copy(DefaultGeoDatabase.Find(AppContext.BaseDirectory), path + ".new");
        File.Move(path + ".new", path, overwrite: true);
        var after = await Poll.UntilAsync(
            async () => await ApiScenario.ReadJsonAsync(await visitor.GetAsync($"/v1/sites/{siteId}/config")),
            config => config.GetProperty("country").GetString() is not null);

        Assert.Equal(System.Text.Json.JsonValueKind.Null, before.GetProperty("country").ValueKind);
        Assert.Equal("US", after.GetProperty("country").GetString());
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/readyz")).StatusCode);
        directory.Delete(recursive: true);
    }
}
