using System.Net;
using ConsentManager.IntegrationTests.Infrastructure;
using ConsentManager.IntegrationTests.Storage;

namespace ConsentManager.IntegrationTests.Stats;

/// <summary>Counting on a 3-master Redis Cluster: receipts and counters in different slots, counts still exact.</summary>
public sealed class StatsClusterTests(RedisClusterApplication app) : IClassFixture<RedisClusterApplication>
{
    private readonly StatsScenario _stats = new(app);

    [Fact]
    public async Task Counts_Are_Exact_On_A_Three_Master_Cluster()
    {
        var siteId = await _stats.Api.CreateSiteAsync();
        await _stats.RecordAsync(siteId, 20, "accept_all", ApiScenario.TemplatePurposes);
        await _stats.RecordAsync(siteId, 10, "reject_all", [], _stats.Browser(StatsScenario.MobileAgent, StatsScenario.Sweden));
        var body = ApiScenario.ConsentBody("custom", ["analytics"], await _stats.Api.NewVisitorAsync(siteId), Guid.NewGuid().ToString());
        var first = await _stats.Api.PostConsentAsync(siteId, body);
        var retry = await _stats.Api.PostConsentAsync(siteId, body);
        var impression = await _stats.Browser().PostAsync($"/v1/sites/{siteId}/impressions", null);

        var range = $"from={_stats.Today}&to={_stats.Today}";
        var totals = (await _stats.StatsAsync(siteId, range)).GetProperty("totals");
        var byCountry = await _stats.StatsAsync(siteId, $"{range}&groupBy=country");

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.NoContent], [first.StatusCode, retry.StatusCode, impression.StatusCode]);
        Assert.Equal(31, StatsScenario.Count(totals, "decisions"));
        Assert.Equal(1, StatsScenario.Count(totals, "custom"));
        Assert.Equal(1, StatsScenario.Count(totals, "impressions"));
        Assert.Equal(10, StatsScenario.Count(StatsScenario.Row(byCountry, "SE"), "rejectAll"));
        Assert.All(await app.KeysPerNodeAsync(), count => Assert.True(count > 0, "receipts and counters spread over every master"));
    }
}
