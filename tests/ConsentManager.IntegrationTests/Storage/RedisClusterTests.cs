using System.Net;
using System.Net.Http.Json;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Storage;

/// <summary>The store runs unchanged on Redis Cluster: every multi-key operation stays within one hash slot.</summary>
public sealed class RedisClusterTests(RedisClusterApplication app) : IClassFixture<RedisClusterApplication>
{
    private readonly ApiScenario _api = new(app);

    [Fact]
    public async Task Consent_Flow_Works_On_A_Three_Master_Cluster()
    {
        var siteId = await _api.CreateSiteAsync();
        var processor = await _api.ClientWithScopesAsync(siteId, "decisions:read");
        var visitors = new List<TestVisitor>();
        for (var i = 0; i < 30; i++)
        {
            visitors.Add(await _api.NewVisitorAsync(siteId));
        }

        foreach (var visitor in visitors)
        {
            await _api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes, visitor);
            await _api.RecordConsentAsync(siteId, "custom", ["analytics"], visitor);
        }

        var retryBody = ApiScenario.ConsentBody("reject_all", [], receiptId: Guid.NewGuid().ToString());
        var first = await _api.PostConsentAsync(siteId, retryBody);
        var retry = await _api.PostConsentAsync(siteId, retryBody);
        var batch = await ApiScenario.ReadJsonAsync(await processor.PostAsJsonAsync($"/v1/sites/{siteId}/decisions",
            new { visitorIds = visitors.Select(visitor => visitor.Id), purposes = new[] { "analytics", "retargeting" } }));
        var history = await ApiScenario.ReadJsonAsync(await _api.Admin().GetAsync($"/v1/sites/{siteId}/consents/{visitors[0].Id}/history"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(2, history.GetArrayLength());
        Assert.Equal(history[0].GetProperty("receiptId").GetString(), history[1].GetProperty("previousReceiptId").GetString());
        var reasons = batch.GetProperty("decisions").EnumerateArray().ToLookup(d => d.GetProperty("purpose").GetString(), d => d.GetProperty("reason").GetString());
        Assert.All(reasons["analytics"], reason => Assert.Equal("granted", reason));
        Assert.All(reasons["retargeting"], reason => Assert.Equal("denied", reason));
        Assert.All(await app.KeysPerNodeAsync(), count => Assert.True(count > 0, "every master holds some of the keys"));
    }
}
