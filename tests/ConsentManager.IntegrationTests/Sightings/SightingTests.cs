using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Sightings;

/// <summary>
/// Decisions without an answer follow the visitor's latest sighting under the site's current rules; only the visitor
/// (its token) moves its sighting, and a sighting expires.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class SightingTests(ConsentApiApplication app)
{
    private readonly ApiScenario _api = new(app);

    private Task<string> CreateJapanOptOutSiteAsync() =>
        _api.CreateSiteAsync(ApiScenario.SiteBody(regimes: ApiScenario.Regimes("opt-in", ("JP", null, "opt-out"))));

    private async Task<TestVisitor> SeenFromAsync(string siteId, string address, TestVisitor? visitor = null)
    {
        var browser = _api.FromAddress(address);
        visitor ??= await _api.NewVisitorAsync(siteId, browser);
        await _api.GetConfigAsync(siteId, visitor, browser);
        return visitor;
    }

    private async Task<string?> ReasonAsync(string siteId, string visitorId, string purpose = "analytics")
    {
        var processor = await _api.ClientWithScopesAsync(siteId, "decisions:read");
        return (await _api.DecideAsync(processor, siteId, visitorId, purpose)).GetProperty("reason").GetString();
    }

    [Fact]
    public async Task Opt_Out_Sighting_Gives_Way_To_A_Later_Opt_In_Sighting()
    {
        var siteId = await CreateJapanOptOutSiteAsync();
        var visitor = await SeenFromAsync(siteId, TestAddresses.Japan);
        var underOptOut = await ReasonAsync(siteId, visitor.Id);

        await SeenFromAsync(siteId, TestAddresses.Sweden, visitor);

        Assert.Equal("opt_out_default", underOptOut);
        Assert.Equal("no_consent", await ReasonAsync(siteId, visitor.Id));
    }

    [Fact]
    public async Task Sighting_Is_Resolved_Under_The_Sites_Current_Regime_Rules()
    {
        var siteId = await CreateJapanOptOutSiteAsync();
        var visitor = await SeenFromAsync(siteId, TestAddresses.Japan);

        await _api.PutSiteAsync(siteId, ApiScenario.SiteBody(regimes: ApiScenario.Regimes("opt-in", ("JP", null, "opt-in"))));

        Assert.Equal("no_consent", await ReasonAsync(siteId, visitor.Id));
    }

    [Fact]
    public async Task Sighting_Expires_After_The_Sighting_Lifetime()
    {
        var siteId = await CreateJapanOptOutSiteAsync();
        var visitor = await SeenFromAsync(siteId, TestAddresses.Japan);

        app.Clock.Advance(TimeSpan.FromDays(30) - TimeSpan.FromSeconds(1));
        var lastSecond = await ReasonAsync(siteId, visitor.Id);
        app.Clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal("opt_out_default", lastSecond);
        Assert.Equal("no_consent", await ReasonAsync(siteId, visitor.Id));
    }

    [Fact]
    public async Task Only_The_Visitors_Token_Records_Its_Sighting()
    {
        var siteId = await CreateJapanOptOutSiteAsync();
        var visitor = await SeenFromAsync(siteId, TestAddresses.Sweden);
        var stranger = _api.FromAddress(TestAddresses.Japan);

        await _api.GetConfigAsync(siteId, client: stranger, query: $"?visitorId={visitor.Id}");
        await _api.GetConfigAsync(siteId, visitor with { Token = visitor.Id + ".AAAAAAAAAAAAAAAAAAAAAA" }, stranger);

        Assert.Equal("no_consent", await ReasonAsync(siteId, visitor.Id));
    }

    [Fact]
    public async Task Purpose_Added_After_A_Custom_Choice_Follows_The_Latest_Sighting()
    {
        var siteId = await CreateJapanOptOutSiteAsync();
        var visitor = await SeenFromAsync(siteId, TestAddresses.Japan);
        await _api.RecordConsentAsync(siteId, "custom", ["analytics"], visitor);
        var withNewPurpose = ApiScenario.SiteBody(regimes: ApiScenario.Regimes("opt-in", ("JP", null, "opt-out")));
        withNewPurpose["purposes"]!.AsArray().Add(ApiScenario.PurposeBody("display_ads", "advertising"));
        await _api.PutSiteAsync(siteId, withNewPurpose);
        var underOptOut = await ReasonAsync(siteId, visitor.Id, "display_ads");

        await SeenFromAsync(siteId, TestAddresses.Sweden, visitor);

        Assert.Equal("opt_out_default", underOptOut);
        Assert.Equal("no_consent", await ReasonAsync(siteId, visitor.Id, "display_ads"));
    }
}
