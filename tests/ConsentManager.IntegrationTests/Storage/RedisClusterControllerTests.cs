using System.Net;
using ConsentManager.IntegrationTests.Exports;
using ConsentManager.IntegrationTests.Infrastructure;
using ConsentManager.IntegrationTests.Purge;

namespace ConsentManager.IntegrationTests.Storage;

/// <summary>The controller's features on a 3-master Redis Cluster: no KEYS, no multi-slot operation.</summary>
public sealed class RedisClusterControllerTests(RedisClusterApplication app) : IClassFixture<RedisClusterApplication>
{
    private readonly ApiScenario _api = new(app);
    private readonly ControllerScenario _controller = new(app);

    [Fact]
    public async Task Export_Then_Purge_On_A_Cluster_Returns_Everything_And_Leaves_No_Key()
    {
        var siteId = await _api.CreateSiteAsync();
        await _api.CreateKeyAsync(siteId, "decisions:read");
        var written = await ExportScenario.RecordManyAsync(_api, siteId, 1_000);

        var lines = await ExportScenario.ReadLinesAsync(await _api.Admin().GetAsync($"/v1/sites/{siteId}/export", HttpCompletionOption.ResponseHeadersRead));
        await _api.Admin().DeleteAsync($"/v1/sites/{siteId}");
        var status = await PurgeScenario.WaitUntilDoneAsync(_api.Admin(), siteId);

        var exported = lines.Where(line => line.GetProperty("type").GetString() == "receipt")
            .ToDictionary(line => line.GetProperty("receipt").GetProperty("receiptId").GetString()!, line => ExportScenario.Summary(line.GetProperty("receipt")));
        Assert.Equal(written.OrderBy(pair => pair.Key), exported.OrderBy(pair => pair.Key));
        Assert.True(status.GetProperty("keysRemoved").GetInt64() > 3_000, status.ToString());
        Assert.DoesNotContain(await app.AllKeysAsync(), key => key.Contains(siteId, StringComparison.Ordinal));
        await ApiScenario.AssertProblemAsync(await _api.Admin().GetAsync($"/v1/sites/{siteId}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Subject_Rights_And_Audit_Chain_Work_On_A_Cluster()
    {
        var siteId = await _api.CreateSiteAsync();
        var processor = await _api.ClientWithScopesAsync(siteId, "decisions:read");
        var erased = ApiScenario.NewVisitorId();
        var restricted = ApiScenario.NewVisitorId();
        await _api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes, _api.KnownVisitor(siteId, erased));
        await _api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes, _api.KnownVisitor(siteId, restricted));

        var access = await _controller.Visitor(siteId, erased).GetAsync($"/v1/sites/{siteId}/visitors/{erased}/receipts");
        var erasure = await _controller.Visitor(siteId, erased).DeleteAsync($"/v1/sites/{siteId}/visitors/{erased}");
        await _api.Admin().PutAsync($"/v1/sites/{siteId}/visitors/{restricted}/restriction", null);
        await _api.Anonymous().GetAsync($"/v1/sites/{siteId}/audit");

        Assert.Equal(HttpStatusCode.OK, access.StatusCode);
        Assert.Equal(1, (await ApiScenario.ReadJsonAsync(erasure)).GetProperty("receiptCount").GetInt32());
        Assert.Equal("no_consent", (await _api.DecideAsync(processor, siteId, erased, "analytics")).GetProperty("reason").GetString());
        Assert.Equal("restricted", (await _api.DecideAsync(processor, siteId, restricted, "analytics")).GetProperty("reason").GetString());
        await _controller.AuditEntryAsync(siteId, "access.denied");
        var actions = (await _controller.AuditAsync(siteId)).Select(entry => entry.GetProperty("action").GetString()).ToList();
        Assert.Contains("visitor.erased", actions);
        Assert.Contains("visitor.restricted", actions);
        Assert.True((await _controller.VerifyAuditAsync(siteId)).GetProperty("valid").GetBoolean());
    }
}
