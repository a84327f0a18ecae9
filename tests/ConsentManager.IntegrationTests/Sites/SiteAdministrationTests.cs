using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Sites;

[Collection(ApiCollection.Name)]
public sealed class SiteAdministrationTests(ConsentApiApplication app)
{
    private readonly ApiScenario _api = new(app);

    [Fact]
    public async Task Put_Creates_With_201_Then_Replaces_With_200()
    {
        var siteId = ApiScenario.NewSiteId();
        var body = ApiScenario.SiteBody();
        body.Remove("consentLifetimeDays");

        var created = await _api.Admin().PutAsJsonAsync($"/v1/sites/{siteId}", body);
        body["consentLifetimeDays"] = 30;
        var replaced = await _api.Admin().PutAsJsonAsync($"/v1/sites/{siteId}", body);
        var read = await ApiScenario.ReadJsonAsync(await _api.Admin().GetAsync($"/v1/sites/{siteId}"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(182, (await ApiScenario.ReadJsonAsync(created)).GetProperty("consentLifetimeDays").GetInt32());
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal(siteId, read.GetProperty("siteId").GetString());
        Assert.Equal(30, read.GetProperty("consentLifetimeDays").GetInt32());
        Assert.Equal(4, read.GetProperty("purposes").GetArrayLength());
    }

    [Fact]
    public async Task Get_Of_Unknown_Site_Returns_404_Naming_It()
    {
        var response = await _api.Admin().GetAsync("/v1/sites/unknown-site-x");

        Assert.Contains("'unknown-site-x'", (await ApiScenario.AssertProblemAsync(response, HttpStatusCode.NotFound)).GetProperty("detail").GetString());
    }

    public static TheoryData<string, Action<JsonObject>, string> BadSites => new()
    {
        { "lifetime over 395 days", body => body["consentLifetimeDays"] = 396, "consentLifetimeDays 396 is outside 1..395" },
        { "purpose id out of pattern", body => body["purposes"]![0]!["id"] = "Ads!", "Purpose id 'Ads!' does not match" },
        { "duplicate purpose", body => body["purposes"]![1]!["id"] = "analytics", "Purpose id 'analytics' appears more than once" },
        { "version zero", body => body["purposes"]![0]!["version"] = 0, "must be 1 or more" },
        { "origin with a path", body => body["allowedOrigins"] = new JsonArray("https://jobs.example/path"), "'https://jobs.example/path' is not an origin" },
        { "missing English title", body => body["purposes"]![0]!["title"]!["en"] = "", "English text is required" },
        { "unknown language", body => body["defaultLanguage"] = "fr", "$.defaultLanguage" },
        { "no purposes", body => body["purposes"] = new JsonArray(), "A site needs 1..20 purposes" },
        { "unknown purpose role", body => body["purposes"]![0]!["role"] = "spying", "$.purposes[0].role" },
    };

    [Theory]
    [MemberData(nameof(BadSites))]
    public async Task Put_With_Bad_Definition_Returns_400_And_Keeps_The_Stored_Site(string description, Action<JsonObject> spoil, string expected)
    {
        var siteId = await _api.CreateSiteAsync();
        var before = await app.Redis.SnapshotAsync();
        var body = ApiScenario.SiteBody();
        spoil(body);

        var response = await _api.Admin().PutAsJsonAsync($"/v1/sites/{siteId}", body);

        var problem = await ApiScenario.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetRawText().Contains(expected, StringComparison.Ordinal), $"{description}: {problem.GetRawText()}");
        Assert.Equal(before, await app.Redis.SnapshotAsync());
    }

    [Fact]
    public async Task Put_Lowering_A_Purpose_Version_Returns_400()
    {
        var siteId = await _api.CreateSiteAsync(ApiScenario.SiteBody(versions: new Dictionary<string, int> { ["analytics"] = 3 }));

        var response = await _api.Admin().PutAsJsonAsync($"/v1/sites/{siteId}", ApiScenario.SiteBody());

        var problem = await ApiScenario.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("cannot go down from 3 to 1", problem.GetRawText());
    }
}
