using System.Net;
using System.Net.Http.Json;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Subjects;

/// <summary>Erasure removes the visitor's data, leaves a tombstone without the id, and cannot be undone by a replay.</summary>
[Collection(ApiCollection.Name)]
public sealed class ErasureTests(ConsentApiApplication app)
{
    private readonly ApiScenario _api = new(app);
    private readonly ControllerScenario _controller = new(app);

    [Fact]
    public async Task Erasure_By_Own_Token_Removes_Every_Key_Of_The_Visitor_Sighting_And_Claims_Included_And_Leaves_A_Tombstone()
    {
        var siteId = await _api.CreateSiteAsync();
        var visitorId = ApiScenario.NewVisitorId();
        var kept = ApiScenario.NewVisitorId();
        await _api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes, _api.KnownVisitor(siteId, visitorId));
        var receipt = await _api.RecordConsentAsync(siteId, "reject_all", [], _api.KnownVisitor(siteId, visitorId));
        await _api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes, _api.KnownVisitor(siteId, kept));
        // A page view with the token leaves the visitor's latest sighting, which goes with the rest.
        await _api.GetConfigAsync(siteId, _api.KnownVisitor(siteId, visitorId));
        Assert.Contains((await app.Redis.SnapshotAsync()).Keys, key => key == $"cm:v:{{{siteId}:{visitorId}}}:seen");

        var response = await _controller.Visitor(siteId, visitorId).DeleteAsync($"/v1/sites/{siteId}/visitors/{visitorId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tombstone = await ApiScenario.ReadJsonAsync(response);
        Assert.Equal(2, tombstone.GetProperty("receiptCount").GetInt32());
        Assert.Equal(app.Clock.GetUtcNow(), tombstone.GetProperty("erasedAt").GetDateTimeOffset());
        var database = await app.Redis.InspectAsync();
        // The change feed's de-duplication markers (named after receipt ids, 7 days) belong to the feed, not the visitor.
        var stored = (await app.Redis.SnapshotAsync()).Keys.Where(key => !key.Contains(":change:", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(stored, key => key.Contains(visitorId, StringComparison.Ordinal));
        Assert.DoesNotContain(stored, key => key.Contains(receipt.GetProperty("receiptId").GetString()!, StringComparison.Ordinal));
        Assert.Contains(stored, key => key.Contains(kept, StringComparison.Ordinal));
        var index = await database.SortedSetRangeByRankAsync($"cm:site:{{{siteId}}}:receipts");
        Assert.Single(index);
        var tombstones = await database.HashGetAllAsync($"cm:site:{{{siteId}}}:erased");
        Assert.Equal(_controller.HashOf(siteId, visitorId), Assert.Single(tombstones).Name.ToString());
        Assert.DoesNotContain(visitorId, tombstones[0].Value.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decisions_Answer_No_Consent_After_Erasure_By_Admin()
    {
        var siteId = await _api.CreateSiteAsync();
        var processor = await _api.ClientWithScopesAsync(siteId, "decisions:read");
        var visitorId = ApiScenario.NewVisitorId();
        await _api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes, _api.KnownVisitor(siteId, visitorId));
        var before = await _api.DecideAsync(processor, siteId, visitorId, "analytics");

        var erased = await _api.Admin().DeleteAsync($"/v1/sites/{siteId}/visitors/{visitorId}");
        var after = await _api.DecideAsync(processor, siteId, visitorId, "analytics");
        var history = await _api.Admin().GetAsync($"/v1/sites/{siteId}/consents/{visitorId}/history");

        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        Assert.Equal("granted", before.GetProperty("reason").GetString());
        Assert.False(after.GetProperty("allowed").GetBoolean());
        Assert.Equal("no_consent", after.GetProperty("reason").GetString());
        await ApiScenario.AssertProblemAsync(history, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Replayed_Receipt_Of_An_Erased_Visitor_Is_Refused_And_Stores_Nothing()
    {
        var siteId = await _api.CreateSiteAsync();
        var visitorId = ApiScenario.NewVisitorId();
        var body = ApiScenario.ConsentBody("accept_all", ApiScenario.TemplatePurposes, _api.KnownVisitor(siteId, visitorId), Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Created, (await _api.PostConsentAsync(siteId, body)).StatusCode);
        await _api.Admin().DeleteAsync($"/v1/sites/{siteId}/visitors/{visitorId}");
        var afterErasure = await app.Redis.SnapshotAsync();

        var replay = await _api.PostConsentAsync(siteId, body);
        var fresh = await _api.PostConsentAsync(siteId, ApiScenario.ConsentBody("reject_all", [], _api.KnownVisitor(siteId, visitorId)));

        var problem = await ApiScenario.AssertProblemAsync(replay, HttpStatusCode.Forbidden);
        Assert.Equal("Visitor erased", problem.GetProperty("title").GetString());
        Assert.Contains("new visitor", problem.GetProperty("detail").GetString());
        await ApiScenario.AssertProblemAsync(fresh, HttpStatusCode.Forbidden);
        Assert.DoesNotContain((await app.Redis.SnapshotAsync()).Keys, key => key.Contains(visitorId, StringComparison.Ordinal));
        Assert.Equal(afterErasure.Keys.Where(key => !key.Contains("audit", StringComparison.Ordinal)),
            (await app.Redis.SnapshotAsync()).Keys.Where(key => !key.Contains("audit", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Repeated_Erasure_Keeps_The_First_Tombstone_And_Publishes_One_Event()
    {
        var siteId = await _api.CreateSiteAsync();
        var visitorId = ApiScenario.NewVisitorId();
        await _api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes, _api.KnownVisitor(siteId, visitorId));

        var first = await ApiScenario.ReadJsonAsync(await _api.Admin().DeleteAsync($"/v1/sites/{siteId}/visitors/{visitorId}"));
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await ApiScenario.ReadJsonAsync(await _api.Admin().DeleteAsync($"/v1/sites/{siteId}/visitors/{visitorId}"));

        Assert.Equal(first.ToString(), second.ToString());
        Assert.Equal(1, first.GetProperty("receiptCount").GetInt32());
        var erased = (await _controller.ChangesAsync(siteId)).Where(change => change.GetProperty("type").GetString() == "subject.erased").ToList();
        Assert.Equal(visitorId, Assert.Single(erased).GetProperty("visitorId").GetString());
    }

    [Fact]
    public async Task Rectification_Is_A_New_Receipt_That_Keeps_The_Old_One_As_Proof()
    {
        var siteId = await _api.CreateSiteAsync();
        var visitorId = ApiScenario.NewVisitorId();
        var wrong = await _api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes, _api.KnownVisitor(siteId, visitorId));

        var corrected = await _api.Anonymous().PostAsJsonAsync($"/v1/sites/{siteId}/consents", ApiScenario.ConsentBody("custom", ["analytics"], _api.KnownVisitor(siteId, visitorId)));
        var data = await ApiScenario.ReadJsonAsync(await _api.Admin().GetAsync($"/v1/sites/{siteId}/visitors/{visitorId}/receipts"));

        Assert.Equal(HttpStatusCode.Created, corrected.StatusCode);
        var receipts = data.GetProperty("receipts").EnumerateArray().ToList();
        Assert.Equal(2, receipts.Count);
        Assert.Equal(wrong.GetProperty("receiptId").GetString(), receipts[1].GetProperty("previousReceiptId").GetString());
        Assert.False(receipts[1].GetProperty("choices").GetProperty("retargeting").GetBoolean());
    }
}
