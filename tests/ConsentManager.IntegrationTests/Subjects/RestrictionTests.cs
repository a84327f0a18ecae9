using System.Net;
using System.Net.Http.Json;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Subjects;

/// <summary>A restricted visitor is allowed nothing, and their data is served to the site's admins only.</summary>
[Collection(ApiCollection.Name)]
public sealed class RestrictionTests(ConsentApiApplication app)
{
    private readonly ApiScenario _api = new(app);
    private readonly ControllerScenario _controller = new(app);

    [Fact]
    public async Task Restricted_Visitor_Gets_Restricted_Decisions_Until_Lifted()
    {
        var siteId = await _api.CreateSiteAsync();
        var processor = await _api.ClientWithScopesAsync(siteId, "decisions:read");
        var visitorId = ApiScenario.NewVisitorId();
        var other = ApiScenario.NewVisitorId();
        await _api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes, _api.KnownVisitor(siteId, visitorId));
        await _api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes, _api.KnownVisitor(siteId, other));

        var restricted = await _api.Admin().PutAsync($"/v1/sites/{siteId}/visitors/{visitorId}/restriction", null);
        var single = await _api.DecideAsync(processor, siteId, visitorId, "analytics");
        var batch = await ApiScenario.ReadJsonAsync(await processor.PostAsJsonAsync($"/v1/sites/{siteId}/decisions",
            new { visitorIds = new[] { visitorId, other }, purposes = new[] { "analytics" } }));
        var lifted = await _api.Admin().DeleteAsync($"/v1/sites/{siteId}/visitors/{visitorId}/restriction");
        var afterLift = await _api.DecideAsync(processor, siteId, visitorId, "analytics");

        Assert.Equal(HttpStatusCode.OK, restricted.StatusCode);
        Assert.Equal(app.Clock.GetUtcNow(), (await ApiScenario.ReadJsonAsync(restricted)).GetProperty("since").GetDateTimeOffset());
        Assert.False(single.GetProperty("allowed").GetBoolean());
        Assert.Equal("restricted", single.GetProperty("reason").GetString());
        var reasons = batch.GetProperty("decisions").EnumerateArray().ToDictionary(d => d.GetProperty("visitorId").GetString()!, d => d.GetProperty("reason").GetString());
        Assert.Equal("restricted", reasons[visitorId]);
        Assert.Equal("granted", reasons[other]);
        Assert.Equal(HttpStatusCode.NoContent, lifted.StatusCode);
        Assert.Equal("granted", afterLift.GetProperty("reason").GetString());
        var types = (await _controller.ChangesAsync(siteId)).Select(change => change.GetProperty("type").GetString()).ToList();
        Assert.Equal(1, types.Count(type => type == "subject.restricted"));
        Assert.Equal(1, types.Count(type => type == "subject.restriction_lifted"));
    }

    [Fact]
    public async Task Restricted_Visitors_Data_Is_Served_To_Admins_Only()
    {
        var siteId = await _api.CreateSiteAsync();
        var visitor = await _api.NewVisitorAsync(siteId);
        var visitorId = visitor.Id;
        await _api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes, visitor);
        await _api.Admin().PutAsync($"/v1/sites/{siteId}/visitors/{visitorId}/restriction", null);

        var byVisitor = await _controller.Visitor(siteId, visitorId).GetAsync($"/v1/sites/{siteId}/visitors/{visitorId}/receipts");
        var current = await _api.GetCurrentConsentAsync(siteId, visitor);
        var byAdmin = await ApiScenario.ReadJsonAsync(await _api.Admin().GetAsync($"/v1/sites/{siteId}/visitors/{visitorId}/receipts"));

        Assert.Contains("restricted", (await ApiScenario.AssertProblemAsync(byVisitor, HttpStatusCode.Forbidden)).GetProperty("detail").GetString());
        Assert.Equal("Visitor restricted", (await ApiScenario.AssertProblemAsync(current, HttpStatusCode.Forbidden)).GetProperty("title").GetString());
        Assert.Equal(1, byAdmin.GetProperty("receipts").GetArrayLength());
        Assert.Equal("bootstrap", byAdmin.GetProperty("restriction").GetProperty("by").GetString());
    }

    [Fact]
    public async Task Restriction_Endpoints_Refuse_Everyone_But_The_Sites_Admin()
    {
        var siteId = await _api.CreateSiteAsync();
        var visitorId = ApiScenario.NewVisitorId();
        var path = $"/v1/sites/{siteId}/visitors/{visitorId}/restriction";
        var otherAdmin = await _api.ClientWithScopesAsync(await _api.CreateSiteAsync(), "admin");
        var processor = await _api.ClientWithScopesAsync(siteId, "decisions:read");

        var byVisitor = await _controller.Visitor(siteId, visitorId).PutAsync(path, null);
        var byOtherAdmin = await otherAdmin.PutAsync(path, null);
        var byProcessor = await processor.DeleteAsync(path);
        var liftUnrestricted = await _api.Admin().DeleteAsync(path);

        await ApiScenario.AssertProblemAsync(byVisitor, HttpStatusCode.Unauthorized);
        await ApiScenario.AssertProblemAsync(byOtherAdmin, HttpStatusCode.Forbidden);
        await ApiScenario.AssertProblemAsync(byProcessor, HttpStatusCode.Forbidden);
        Assert.Contains("not restricted", (await ApiScenario.AssertProblemAsync(liftUnrestricted, HttpStatusCode.NotFound)).GetProperty("detail").GetString());
    }
}
