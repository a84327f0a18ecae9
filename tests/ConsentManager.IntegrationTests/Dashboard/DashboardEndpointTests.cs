using System.Net;
using ConsentManager.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ConsentManager.IntegrationTests.Dashboard;

/// <summary>The dashboard build served at /dashboard/: the page, its hashed assets, and a 503 without a build.</summary>
[Collection(ApiCollection.Name)]
public sealed class DashboardEndpointTests(ConsentApiApplication app) : IDisposable
{
    private readonly DirectoryInfo _dist = Directory.CreateTempSubdirectory("consentmanager-dashboard-dist-");

    [Fact]
    public async Task Page_Is_Served_At_Dashboard_With_A_Same_Origin_Policy()
    {
        WriteBuild();
        using var client = WithDist(_dist.FullName).CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var bare = await client.GetAsync("/dashboard");
        var page = await client.GetAsync("/dashboard/");

        Assert.Equal(HttpStatusCode.MovedPermanently, bare.StatusCode);
        Assert.Equal("/dashboard/", bare.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", page.Headers.CacheControl?.ToString());
        Assert.Contains("frame-ancestors 'none'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("connect-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("<h1>Consent rates</h1>", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Hashed_Assets_Are_Cached_Immutably_And_Unknown_Files_Are_404_Problems()
    {
        WriteBuild();
        using var client = WithDist(_dist.FullName).CreateClient();

        var asset = await client.GetAsync("/dashboard/assets/index-abc123.js");
        var missing = await client.GetAsync("/dashboard/assets/index-old.js");
        var escape = await client.GetAsync("/dashboard/..%2F..%2Fappsettings.json");

        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Equal("text/javascript", asset.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", asset.Headers.CacheControl?.ToString());
        Assert.Equal("console.log('dashboard');", await asset.Content.ReadAsStringAsync());
        Assert.Contains("'assets/index-old.js'", (await ApiScenario.AssertProblemAsync(missing, HttpStatusCode.NotFound)).GetProperty("detail").GetString());
        await ApiScenario.AssertProblemAsync(escape, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Missing_Build_Answers_503_Problem()
    {
        using var client = WithDist(Path.Combine(_dist.FullName, "never-built")).CreateClient();

        var problem = await ApiScenario.AssertProblemAsync(await client.GetAsync("/dashboard/"), HttpStatusCode.ServiceUnavailable);

        Assert.Equal("Dashboard not built", problem.GetProperty("title").GetString());
        Assert.Contains("npm run build --workspace web-dashboard", problem.GetProperty("detail").GetString());
    }

    public void Dispose() => _dist.Delete(recursive: true);

    private WebApplicationFactory<Program> WithDist(string directory) =>
        app.WithWebHostBuilder(host => host.UseSetting("Dashboard:DistDirectory", directory));

    private void WriteBuild()
    {
        File.WriteAllText(Path.Combine(_dist.FullName, "index.html"), "<h1>Consent rates</h1>");
        Directory.CreateDirectory(Path.Combine(_dist.FullName, "assets"));
        File.WriteAllText(Path.Combine(_dist.FullName, "assets", "index-abc123.js"), "console.log('dashboard');");
    }
}
