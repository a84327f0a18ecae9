using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Geo;

/// <summary>Regimes from MaxMind's City test database: fixed addresses with known countries and subdivisions.</summary>
[Collection(ApiCollection.Name)]
public sealed class GeoRegimeTests(ConsentApiApplication app)
{
    private const string Sweden = "89.160.20.112";
    private const string Japan = "2001:218::1";
    private const string UnitedStatesWashington = "216.160.83.56";
    private const string China = "175.16.199.7";
    private const string NotInDatabase = "192.0.2.44";
    private readonly ApiScenario _api = new(app);

    private static JsonObject Regimes(string defaultRegime, params (string Country, string? Subdivision, string Regime)[] rules) =>
        ApiScenario.Regimes(defaultRegime, rules);

    [Theory]
    [InlineData(Sweden, "SE", "opt-in")]
    [InlineData(Japan, "JP", "opt-out")]
    [InlineData(UnitedStatesWashington, "US", "opt-out")]
    [InlineData(China, "CN", "notice")]
    [InlineData(NotInDatabase, null, "opt-in")]
    public async Task Config_Returns_The_Regime_For_The_Visitors_Country(string address, string? country, string regime)
    {
        var siteId = await _api.CreateSiteAsync(ApiScenario.SiteBody(regimes: Regimes("notice", ("JP", null, "opt-out"), ("US", "WA", "opt-out"), ("US", null, "opt-in"))));

        var config = await ApiScenario.ReadJsonAsync(await _api.FromAddress(address).GetAsync($"/v1/sites/{siteId}/config"));

        Assert.Equal(country, config.GetProperty("country").GetString());
        Assert.Equal(regime, config.GetProperty("regime").GetString());
    }

    [Fact]
    public async Task Recruitment_Template_Without_Rules_Is_Opt_In_Everywhere_Known()
    {
        var siteId = await _api.CreateSiteAsync();

        var fromWashington = await ApiScenario.ReadJsonAsync(await _api.FromAddress(UnitedStatesWashington).GetAsync($"/v1/sites/{siteId}/config"));

        Assert.Equal("opt-in", fromWashington.GetProperty("regime").GetString());
        Assert.Equal("US", fromWashington.GetProperty("country").GetString());
    }

    [Fact]
    public async Task Site_Rule_That_Weakens_Opt_In_For_A_Protected_Country_Is_Refused()
    {
        var response = await _api.Admin().PutAsJsonAsync($"/v1/sites/{ApiScenario.NewSiteId()}", ApiScenario.SiteBody(regimes: Regimes("opt-in", ("GB", null, "opt-out"))));

        var problem = await ApiScenario.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("Country 'GB' requires prior consent", problem.GetRawText());
    }

    [Fact]
    public async Task Receipt_Records_Regime_And_Country()
    {
        var siteId = await _api.CreateSiteAsync(ApiScenario.SiteBody(regimes: Regimes("opt-in", ("JP", null, "opt-out"))));

        var response = await _api.FromAddress(Japan).PostAsJsonAsync($"/v1/sites/{siteId}/consents", ApiScenario.ConsentBody("reject_all", []));

        var receipt = await ApiScenario.ReadJsonAsync(response);
        Assert.Equal("opt-out", receipt.GetProperty("regime").GetString());
        Assert.Equal("JP", receipt.GetProperty("country").GetString());
    }

    [Theory]
    [InlineData(false, true, "opt_out_default")]
    [InlineData(true, false, "denied")]
    public async Task Opt_Out_Visitor_Without_Receipt_Is_Allowed_Unless_Gpc_Was_Sent(bool gpc, bool allowed, string reason)
    {
        var siteId = await _api.CreateSiteAsync(ApiScenario.SiteBody(regimes: Regimes("opt-in", ("JP", null, "opt-out"))));
        var processor = await _api.ClientWithScopesAsync(siteId, "decisions:read");
        var browser = _api.FromAddress(Japan, gpc: gpc);
        var visitor = await _api.NewVisitorAsync(siteId, browser);
        await _api.GetConfigAsync(siteId, visitor, browser);

        var decision = await _api.DecideAsync(processor, siteId, visitor.Id, "retargeting");

        Assert.Equal(allowed, decision.GetProperty("allowed").GetBoolean());
        Assert.Equal(reason, decision.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Opt_In_Visitor_Seen_Without_Receipt_Is_No_Consent()
    {
        var siteId = await _api.CreateSiteAsync();
        var processor = await _api.ClientWithScopesAsync(siteId, "decisions:read");
        var browser = _api.FromAddress(Sweden);
        var visitor = await _api.NewVisitorAsync(siteId, browser);
        await _api.GetConfigAsync(siteId, visitor, browser);

        var decision = await _api.DecideAsync(processor, siteId, visitor.Id, "analytics");

        Assert.False(decision.GetProperty("allowed").GetBoolean());
        Assert.Equal("no_consent", decision.GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData("203.0.113.9", Sweden, null)]
    [InlineData("10.20.30.40", Sweden, "SE")]
    [InlineData("10.20.30.40", $"{Japan}, {Sweden}", "SE")]
    public async Task Forwarded_For_Is_Used_Only_From_A_Trusted_Proxy(string peer, string forwardedFor, string? country)
    {
        var siteId = await _api.CreateSiteAsync();

        var config = await ApiScenario.ReadJsonAsync(await _api.FromAddress(peer, forwardedFor).GetAsync($"/v1/sites/{siteId}/config"));

        Assert.Equal(country, config.GetProperty("country").GetString());
    }
}
