using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Decisions;

/// <summary>The legal rules follow a purpose's role, not its id: a site's own purposes get GPC and IP handling.</summary>
[Collection(ApiCollection.Name)]
public sealed class PurposeRoleTests(ConsentApiApplication app)
{
    private readonly ApiScenario _api = new(app);

    private static JsonObject OwnPurposesSite(JsonObject? regimes = null)
    {
        var body = ApiScenario.SiteBody(regimes: regimes);
        body["purposes"] = new JsonArray(
            ApiScenario.PurposeBody("site_stats", "analytics"),
            ApiScenario.PurposeBody("display_ads", "advertising"),
            ApiScenario.PurposeBody("ip_sharing", "ip_processing"),
            ApiScenario.PurposeBody("chat_widget"));
        return body;
    }

    private static JsonObject Body(string action, params string[] granted) => new()
    {
        ["action"] = action,
        ["choices"] = new JsonObject(new[] { "site_stats", "display_ads", "ip_sharing", "chat_widget" }
            .Select(id => KeyValuePair.Create(id, (JsonNode?)granted.Contains(id)))),
        ["purposeVersions"] = new JsonObject(new[] { "site_stats", "display_ads", "ip_sharing", "chat_widget" }
            .Select(id => KeyValuePair.Create(id, (JsonNode?)1))),
        ["language"] = "nl",
    };

    [Fact]
    public async Task Config_Carries_The_Effective_Role_Of_Every_Purpose()
    {
        var template = await _api.GetConfigAsync(await _api.CreateSiteAsync());
        var own = await _api.GetConfigAsync(await _api.CreateSiteAsync(OwnPurposesSite()));

        Assert.Equal(["analytics", "advertising", "ip_processing", "marketing"],
            template.GetProperty("purposes").EnumerateArray().Select(purpose => purpose.GetProperty("role").GetString()));
        Assert.Equal(["analytics", "advertising", "ip_processing", "functional"],
            own.GetProperty("purposes").EnumerateArray().Select(purpose => purpose.GetProperty("role").GetString()));
    }

    [Fact]
    public async Task Gpc_Objects_To_The_Advertising_Role_Only_Whatever_Its_Id()
    {
        var siteId = await _api.CreateSiteAsync(OwnPurposesSite(ApiScenario.Regimes("opt-in", ("JP", null, "opt-out"))));
        var processor = await _api.ClientWithScopesAsync(siteId, "decisions:read");
        var browser = _api.FromAddress(TestAddresses.Japan, gpc: true);
        var visitor = await _api.NewVisitorAsync(siteId, browser);
        await _api.GetConfigAsync(siteId, visitor, browser);

        var ads = await _api.DecideAsync(processor, siteId, visitor.Id, "display_ads");
        var stats = await _api.DecideAsync(processor, siteId, visitor.Id, "site_stats");
        var accepted = await browser.PostAsJsonAsync($"/v1/sites/{siteId}/consents", Body("accept_all", "site_stats", "ip_sharing", "chat_widget"));

        Assert.Equal("denied", ads.GetProperty("reason").GetString());
        Assert.Equal("opt_out_default", stats.GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
    }

    [Theory]
    [InlineData(true, "89.160.20.0/24")]
    [InlineData(false, null)]
    public async Task Receipt_Keeps_The_Network_Only_When_The_Ip_Processing_Role_Is_Granted(bool grantIp, string? prefix)
    {
        var siteId = await _api.CreateSiteAsync(OwnPurposesSite());
        var body = grantIp ? Body("custom", "ip_sharing") : Body("custom", "site_stats");

        var receipt = await ApiScenario.ReadJsonAsync(
            await _api.FromAddress(TestAddresses.Sweden).PostAsJsonAsync($"/v1/sites/{siteId}/consents", body));

        Assert.Equal(prefix, receipt.GetProperty("ipPrefix").GetString());
    }
}
