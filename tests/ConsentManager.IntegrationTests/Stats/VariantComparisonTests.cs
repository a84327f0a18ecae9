using System.Text.Json;
using ConsentManager.Api.Stats;
using ConsentManager.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ConsentManager.IntegrationTests.Stats;

/// <summary>
/// The A/B comparison against hand-computed intervals. The counts go in through the real counting store, because
/// the banner variant of a receipt is the feature flag's choice, not the test's.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class VariantComparisonTests(ConsentApiApplication app)
{
    private static readonly DateOnly Day = new(2026, 2, 10);
    private readonly StatsScenario _stats = new(app);

    // bar 20/40 accept all. dialog 35/50: d = 0.7 - 0.5 = 0.2, SE = sqrt(0.7·0.3/50 + 0.5·0.5/40) = sqrt(0.01045)
    // = 0.102225, CI = 0.2 ± 1.959964 · 0.102225 = (-0.0004, 0.4004): not significant. dialog 45/60: d = 0.25,
    // SE = sqrt(0.75·0.25/60 + 0.25/40) = sqrt(0.009375) = 0.096825, CI = (0.0602, 0.4398): significant.
    [Theory]
    [InlineData(35, 50, 0.7, 0.2, -0.0004, 0.4004, false)]
    [InlineData(45, 60, 0.75, 0.25, 0.0602, 0.4398, true)]
    public async Task Variant_Difference_Matches_The_Hand_Computed_Wald_Interval(
        int dialogAccepts, int dialogDecisions, double rate, double difference, double lower, double upper, bool significant)
    {
        var siteId = await _stats.Api.CreateSiteAsync();
        await CountAsync(siteId, "bar", accepts: 20, decisions: 40);
        await CountAsync(siteId, "dialog", dialogAccepts, dialogDecisions);

        var response = await _stats.Api.Admin().GetAsync($"/v1/sites/{siteId}/stats/variants?from=2026-02-01&to=2026-02-28");

        var body = await ApiScenario.ReadJsonAsync(response);
        var variants = body.GetProperty("variants").EnumerateArray().ToDictionary(v => v.GetProperty("variant").GetString()!);
        Assert.Equal("bar", body.GetProperty("defaultVariant").GetString());
        Assert.Equal(0.5, variants["bar"].GetProperty("acceptAllRate").GetDouble());
        Assert.Equal(JsonValueKind.Null, variants["bar"].GetProperty("versusDefault").ValueKind);
        var dialog = variants["dialog"];
        Assert.Equal(dialogDecisions, dialog.GetProperty("decisions").GetInt64());
        Assert.Equal(rate, dialog.GetProperty("acceptAllRate").GetDouble());
        Assert.Equal(rate, dialog.GetProperty("grantRates").GetProperty("analytics").GetDouble());
        var versus = dialog.GetProperty("versusDefault");
        Assert.Equal(difference, versus.GetProperty("difference").GetDouble());
        Assert.Equal(lower, versus.GetProperty("lower").GetDouble());
        Assert.Equal(upper, versus.GetProperty("upper").GetDouble());
        Assert.Equal(significant, versus.GetProperty("significant").GetBoolean());
    }

    [Fact]
    public async Task Variant_Below_The_Cell_Size_Is_Suppressed_Without_A_Comparison()
    {
        var siteId = await _stats.Api.CreateSiteAsync();
        await CountAsync(siteId, "bar", accepts: 20, decisions: 40);
        await CountAsync(siteId, "dialog", accepts: 5, decisions: 9);

        var body = await ApiScenario.ReadJsonAsync(await _stats.Api.Admin().GetAsync($"/v1/sites/{siteId}/stats/variants?from=2026-02-10&to=2026-02-10"));

        var dialog = body.GetProperty("variants").EnumerateArray().Single(v => v.GetProperty("variant").GetString() == "dialog");
        Assert.True(dialog.GetProperty("suppressed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, dialog.GetProperty("decisions").ValueKind);
        Assert.Equal(JsonValueKind.Null, dialog.GetProperty("versusDefault").ValueKind);
    }

    private async Task CountAsync(string siteId, string variant, int accepts, int decisions)
    {
        var store = app.Services.GetRequiredService<RedisStatsStore>();
        var cell = new StatsCell(Day, "NL", "opt-in", variant, "desktop");
        var versions = new Dictionary<string, int> { ["analytics"] = 1 };
        var accept = new ReceiptShape("accept_all", new Dictionary<string, bool> { ["analytics"] = true }, versions);
        var reject = new ReceiptShape("reject_all", new Dictionary<string, bool> { ["analytics"] = false }, versions);
        for (var i = 0; i < decisions; i++)
        {
            Assert.True(await store.CountReceiptAsync(siteId, Guid.NewGuid(), cell, i < accepts ? accept : reject));
        }
    }
}
