using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Features;

/// <summary>Flags per site (site id = targeting group), per visitor (visitor id = user), changed without a restart.</summary>
public sealed class FeatureFlagTests(FeatureFlagApplication app) : IClassFixture<FeatureFlagApplication>
{
    private const string Japan = "2001:218::1";
    private static readonly string[] Visitors = Enumerable.Range(0, 24).Select(i => $"sticky-visitor-{i:D2}-abcdefgh").ToArray();
    private readonly ApiScenario _api = new(app);

    private static JsonObject JapanOptOut() => new()
    {
        ["rules"] = new JsonArray(new JsonObject { ["country"] = "JP", ["regime"] = "opt-out" }),
    };

    private static JsonObject Variants(JsonObject allocation) => new()
    {
        ["id"] = "BannerVariants",
        ["enabled"] = true,
        ["variants"] = new JsonArray(new JsonObject { ["name"] = "bar" }, new JsonObject { ["name"] = "dialog" }),
        ["allocation"] = allocation,
    };

    private Task<JsonElement> ConfigAsync(string siteId, string? visitorId = null) =>
        _api.GetConfigAsync(siteId, visitorId is null ? null : _api.KnownVisitor(siteId, visitorId), _api.FromAddress(Japan));

    [Fact]
    public async Task Geo_Regimes_Off_For_One_Site_Makes_Its_Visitors_Opt_In_And_Follows_Config_Changes()
    {
        var excluded = await _api.CreateSiteAsync(ApiScenario.SiteBody(regimes: JapanOptOut()));
        var included = await _api.CreateSiteAsync(ApiScenario.SiteBody(regimes: JapanOptOut()));

        app.WriteFlags(geoRegimesExcluded: [excluded], consentModeExcluded: [], bannerVariants: null);
        var off = await Poll.UntilAsync(() => ConfigAsync(excluded), config => config.GetProperty("regime").GetString() == "opt-in");
        var on = await ConfigAsync(included);
        app.WriteFlags(geoRegimesExcluded: [], consentModeExcluded: [], bannerVariants: null);
        var back = await Poll.UntilAsync(() => ConfigAsync(excluded), config => config.GetProperty("regime").GetString() == "opt-out");

        Assert.Equal("JP", off.GetProperty("country").GetString());
        Assert.Equal("opt-out", on.GetProperty("regime").GetString());
        Assert.Equal("opt-out", back.GetProperty("regime").GetString());
    }

    [Fact]
    public async Task Decisions_Without_An_Answer_Follow_The_Current_Geo_Regimes_Flag()
    {
        var siteId = await _api.CreateSiteAsync(ApiScenario.SiteBody(regimes: JapanOptOut()));
        var processor = await _api.ClientWithScopesAsync(siteId, "decisions:read");
        var visitor = await _api.NewVisitorAsync(siteId);
        await ConfigAsync(siteId, visitor.Id);
        var on = await _api.DecideAsync(processor, siteId, visitor.Id, "analytics");

        app.WriteFlags(geoRegimesExcluded: [siteId], consentModeExcluded: [], bannerVariants: null);
        var off = await Poll.UntilAsync(() => _api.DecideAsync(processor, siteId, visitor.Id, "analytics"),
            decision => decision.GetProperty("reason").GetString() == "no_consent");
        app.WriteFlags(geoRegimesExcluded: [], consentModeExcluded: [], bannerVariants: null);

        Assert.Equal("opt_out_default", on.GetProperty("reason").GetString());
        Assert.False(off.GetProperty("allowed").GetBoolean());
    }

    [Fact]
    public async Task Consent_Mode_Can_Be_Switched_Off_Per_Site()
    {
        var excluded = await _api.CreateSiteAsync();
        var included = await _api.CreateSiteAsync();

        app.WriteFlags(geoRegimesExcluded: [], consentModeExcluded: [excluded], bannerVariants: null);
        var off = await Poll.UntilAsync(() => ConfigAsync(excluded), config => !config.GetProperty("features").GetProperty("consentModeV2").GetBoolean());
        var on = await ConfigAsync(included);

        Assert.False(off.GetProperty("features").GetProperty("consentModeV2").GetBoolean());
        Assert.True(on.GetProperty("features").GetProperty("consentModeV2").GetBoolean());
    }

    [Fact]
    public async Task Banner_Variant_Is_Sticky_Per_Visitor_Split_Across_Visitors_And_Recorded_On_The_Receipt()
    {
        var siteId = await _api.CreateSiteAsync();
        app.WriteFlags([], [], Variants(new JsonObject
        {
            ["default_when_enabled"] = "bar",
            ["percentile"] = new JsonArray(
                new JsonObject { ["variant"] = "bar", ["from"] = 0, ["to"] = 50 },
                new JsonObject { ["variant"] = "dialog", ["from"] = 50, ["to"] = 100 }),
            ["seed"] = "sticky-test",
        }));
        await Poll.UntilAsync(() => Task.WhenAll(Visitors.Select(visitor => ConfigAsync(siteId, visitor))),
            configs => configs.Select(VariantOf).Distinct().Count() == 2);

        var first = await Task.WhenAll(Visitors.Select(visitor => ConfigAsync(siteId, visitor)));
        var second = await Task.WhenAll(Visitors.Select(visitor => ConfigAsync(siteId, visitor)));
        var receipt = await ApiScenario.ReadJsonAsync(await _api.FromAddress(Japan).PostAsJsonAsync(
            $"/v1/sites/{siteId}/consents", ApiScenario.ConsentBody("reject_all", [], _api.KnownVisitor(siteId, Visitors[0]))));

        Assert.Equal(first.Select(VariantOf), second.Select(VariantOf));
        Assert.Equal(new[] { "bar", "dialog" }, first.Select(VariantOf).Distinct().Order());
        Assert.Equal(VariantOf(first[0]), receipt.GetProperty("bannerVariant").GetString());
    }

    [Fact]
    public async Task Banner_Variant_Can_Target_A_Whole_Site_By_Group()
    {
        var targeted = await _api.CreateSiteAsync();
        var other = await _api.CreateSiteAsync();
        app.WriteFlags([], [], Variants(new JsonObject
        {
            ["default_when_enabled"] = "bar",
            ["group"] = new JsonArray(new JsonObject { ["variant"] = "dialog", ["groups"] = new JsonArray(targeted) }),
        }));

        var configs = await Poll.UntilAsync(() => Task.WhenAll(Visitors.Select(visitor => ConfigAsync(targeted, visitor))),
            all => all.All(config => VariantOf(config) == "dialog"));
        var others = await Task.WhenAll(Visitors.Select(visitor => ConfigAsync(other, visitor)));

        Assert.All(configs, config => Assert.Equal("dialog", VariantOf(config)));
        Assert.All(others, config => Assert.Equal("bar", VariantOf(config)));
    }

    private static string VariantOf(JsonElement config) => config.GetProperty("features").GetProperty("bannerVariant").GetString()!;
}
