using System.Net;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Stats;

/// <summary>Who reads stats: stats:read and admin keys of the site; nobody else, and a stats key reads nothing else.</summary>
[Collection(ApiCollection.Name)]
public sealed class StatsAccessTests(ConsentApiApplication app)
{
    private readonly ApiScenario _api = new(app);

    [Theory]
    [InlineData("/stats?from=2026-03-01&to=2026-03-02")]
    [InlineData("/stats/variants?from=2026-03-01&to=2026-03-02")]
    public async Task Stats_Need_A_Stats_Or_Admin_Key_Of_The_Site(string path)
    {
        var siteId = await _api.CreateSiteAsync();
        var otherSiteId = await _api.CreateSiteAsync();
        var url = $"/v1/sites/{siteId}{path}";

        var anonymous = await _api.Anonymous().GetAsync(url);
        var decisionsKey = await (await _api.ClientWithScopesAsync(siteId, "decisions:read")).GetAsync(url);
        var otherSiteKey = await (await _api.ClientWithScopesAsync(otherSiteId, "stats:read")).GetAsync(url);
        var statsKey = await (await _api.ClientWithScopesAsync(siteId, "stats:read")).GetAsync(url);
        var adminKey = await (await _api.ClientWithScopesAsync(siteId, "admin")).GetAsync(url);

        await ApiScenario.AssertProblemAsync(anonymous, HttpStatusCode.Unauthorized);
        Assert.Contains("scope", (await ApiScenario.AssertProblemAsync(decisionsKey, HttpStatusCode.Forbidden)).GetProperty("detail").GetString());
        await ApiScenario.AssertProblemAsync(otherSiteKey, HttpStatusCode.Forbidden);
        Assert.Equal(siteId, (await ApiScenario.ReadJsonAsync(statsKey)).GetProperty("siteId").GetString());
        Assert.Equal(siteId, (await ApiScenario.ReadJsonAsync(adminKey)).GetProperty("siteId").GetString());
    }

    [Fact]
    public async Task Stats_Key_Reads_No_Receipts_Or_Decisions()
    {
        var siteId = await _api.CreateSiteAsync();
        var receipt = await _api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes);
        var visitorId = receipt.GetProperty("visitorId").GetString();
        var stats = await _api.ClientWithScopesAsync(siteId, "stats:read");

        var history = await stats.GetAsync($"/v1/sites/{siteId}/consents/{visitorId}/history");
        var decision = await stats.GetAsync($"/v1/sites/{siteId}/decisions/{visitorId}?purpose=analytics");

        await ApiScenario.AssertProblemAsync(history, HttpStatusCode.Forbidden);
        await ApiScenario.AssertProblemAsync(decision, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Stats_Of_An_Unknown_Site_Are_A_404_Problem()
    {
        var response = await _api.Admin().GetAsync($"/v1/sites/{ApiScenario.NewSiteId()}/stats?from=2026-03-01&to=2026-03-02");

        Assert.Contains("not", (await ApiScenario.AssertProblemAsync(response, HttpStatusCode.NotFound)).GetProperty("detail").GetString());
    }
}
