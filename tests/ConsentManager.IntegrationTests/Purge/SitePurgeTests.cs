using System.Net;
using System.Net.Http.Json;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Purge;

/// <summary>Purging a site removes every key of it in the background; idempotent, and the site is gone afterwards.</summary>
[Collection(ApiCollection.Name)]
public sealed class SitePurgeTests(ConsentApiApplication app)
{
    private readonly ApiScenario _api = new(app);
    private readonly ControllerScenario _controller = new(app);

    [Fact]
    public async Task Purge_Removes_Every_Key_Of_The_Site_And_Nothing_Else()
    {
        var siteId = await _api.CreateSiteAsync();
        var keptSite = await _api.CreateSiteAsync();
        var processorKey = await _api.CreateKeyAsync(siteId, "decisions:read");
        var visitorId = ApiScenario.NewVisitorId();
        await _api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes, _api.KnownVisitor(siteId, visitorId));
        await _api.RecordConsentAsync(keptSite, "accept_all", ApiScenario.TemplatePurposes, _api.KnownVisitor(keptSite, visitorId));
        await _api.Admin().PutAsync($"/v1/sites/{siteId}/visitors/{visitorId}/restriction", null);
        await _api.Admin().DeleteAsync($"/v1/sites/{siteId}/visitors/{ApiScenario.NewVisitorId()}");
        var keptKeys = (await app.Redis.SnapshotAsync()).Keys.Where(key => key.Contains(keptSite, StringComparison.Ordinal)).ToList();

        var started = await _api.Admin().DeleteAsync($"/v1/sites/{siteId}");
        var status = await PurgeScenario.WaitUntilDoneAsync(_api.Admin(), siteId);

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        Assert.Equal($"/v1/sites/{siteId}/purge", started.Headers.Location?.AbsolutePath);
        Assert.True(status.GetProperty("keysRemoved").GetInt64() >= 8, status.ToString());
        var remaining = (await app.Redis.SnapshotAsync()).Keys.ToList();
        Assert.DoesNotContain(remaining, key => key.Contains(siteId, StringComparison.Ordinal));
        Assert.DoesNotContain(remaining, key => key.Contains(processorKey[4..20], StringComparison.Ordinal));
        Assert.All(keptKeys, key => Assert.Contains(key, remaining));
        await ApiScenario.AssertProblemAsync(await _api.Admin().GetAsync($"/v1/sites/{siteId}"), HttpStatusCode.NotFound);
        await ApiScenario.AssertProblemAsync(await _api.WithKey(processorKey).GetAsync($"/v1/sites/{siteId}/decisions/{visitorId}?purpose=analytics"), HttpStatusCode.Unauthorized);
        await ApiScenario.AssertProblemAsync(await _api.PostConsentAsync(siteId, ApiScenario.ConsentBody("accept_all", ApiScenario.TemplatePurposes, _api.KnownVisitor(siteId, visitorId))), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Repeated_Purge_Returns_The_Same_Job_And_Is_Audited_Globally()
    {
        var siteId = await _api.CreateSiteAsync();
        await _api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes);

        await _api.Admin().DeleteAsync($"/v1/sites/{siteId}");
        var done = await PurgeScenario.WaitUntilDoneAsync(_api.Admin(), siteId);
        var again = await _api.Admin().DeleteAsync($"/v1/sites/{siteId}");

        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.Equal(done.ToString(), (await ApiScenario.ReadJsonAsync(again)).ToString());
        var global = await _controller.GlobalAuditAsync();
        Assert.Single(global, entry => entry.GetProperty("action").GetString() == "site.purge_started" && entry.GetProperty("detail").GetString() == $"site '{siteId}'");
        Assert.Single(global, entry => entry.GetProperty("action").GetString() == "site.purge_finished" && entry.GetProperty("detail").GetString()!.Contains(siteId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Purge_Endpoints_Refuse_Everyone_But_The_Sites_Admin()
    {
        var siteId = await _api.CreateSiteAsync();
        var processor = await _api.ClientWithScopesAsync(siteId, "decisions:read");
        var otherAdmin = await _api.ClientWithScopesAsync(await _api.CreateSiteAsync(), "admin");
        var visitor = _controller.Visitor(siteId, ApiScenario.NewVisitorId());

        await ApiScenario.AssertProblemAsync(await _api.Anonymous().DeleteAsync($"/v1/sites/{siteId}"), HttpStatusCode.Unauthorized);
        await ApiScenario.AssertProblemAsync(await visitor.DeleteAsync($"/v1/sites/{siteId}"), HttpStatusCode.Unauthorized);
        await ApiScenario.AssertProblemAsync(await processor.DeleteAsync($"/v1/sites/{siteId}"), HttpStatusCode.Forbidden);
        await ApiScenario.AssertProblemAsync(await otherAdmin.DeleteAsync($"/v1/sites/{siteId}"), HttpStatusCode.Forbidden);
        await ApiScenario.AssertProblemAsync(await processor.GetAsync($"/v1/sites/{siteId}/purge"), HttpStatusCode.Forbidden);
        await ApiScenario.AssertProblemAsync(await _api.Admin().GetAsync($"/v1/sites/{siteId}/purge"), HttpStatusCode.NotFound);
        await ApiScenario.AssertProblemAsync(await _api.Admin().DeleteAsync($"/v1/sites/{ApiScenario.NewSiteId()}"), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await _api.Admin().GetAsync($"/v1/sites/{siteId}")).StatusCode);
    }
}
