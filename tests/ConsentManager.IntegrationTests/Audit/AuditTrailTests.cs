using System.Net;
using System.Net.Http.Json;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Audit;

/// <summary>Every admin action and data-subject request leaves an entry: who, what, which visitor (hashed), outcome.</summary>
[Collection(ApiCollection.Name)]
public sealed class AuditTrailTests(ConsentApiApplication app)
{
    private readonly ApiScenario _api = new(app);
    private readonly ControllerScenario _controller = new(app);

    [Fact]
    public async Task Admin_Actions_And_Subject_Requests_Are_Audited_With_Actor_Subject_And_Outcome()
    {
        var siteId = await _api.CreateSiteAsync();
        var created = await ApiScenario.ReadJsonAsync(await _api.Admin().PostAsJsonAsync($"/v1/sites/{siteId}/keys", new { name = "ops", scopes = new[] { "admin" } }));
        var keyId = created.GetProperty("keyId").GetString()!;
        var siteAdmin = _api.WithKey(created.GetProperty("key").GetString()!);
        var visitorId = ApiScenario.NewVisitorId();
        await _api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes, _api.KnownVisitor(siteId, visitorId));
        var visitorPath = $"/v1/sites/{siteId}/visitors/{visitorId}";
        var revokedKeyId = (await _api.CreateKeyAsync(siteId, "stats:read"))[4..20];

        await siteAdmin.PutAsJsonAsync($"/v1/sites/{siteId}", ApiScenario.SiteBody(lifetimeDays: 90));
        await siteAdmin.GetAsync($"/v1/sites/{siteId}/consents/{visitorId}/history");
        await _controller.Visitor(siteId, visitorId).GetAsync($"{visitorPath}/receipts");
        await siteAdmin.PutAsync($"{visitorPath}/restriction", null);
        await siteAdmin.DeleteAsync($"{visitorPath}/restriction");
        await siteAdmin.GetAsync($"/v1/sites/{siteId}/receipts");
        await (await siteAdmin.GetAsync($"/v1/sites/{siteId}/export")).Content.ReadAsStringAsync();
        await _controller.Visitor(siteId, visitorId).DeleteAsync(visitorPath);
        await siteAdmin.DeleteAsync($"/v1/sites/{siteId}/keys/{revokedKeyId}");

        var entries = await _controller.AuditAsync(siteId);
        var byAction = entries.ToLookup(entry => entry.GetProperty("action").GetString());
        var hash = _controller.HashOf(siteId, visitorId);
        Assert.Equal("bootstrap", byAction["key.created"].Last().GetProperty("actor").GetString());
        Assert.Equal(201, byAction["key.created"].Last().GetProperty("outcome").GetInt32());
        Assert.Equal(keyId, Assert.Single(byAction["site.updated"], e => e.GetProperty("actor").GetString() == keyId).GetProperty("actor").GetString());
        foreach (var action in new[] { "visitor.history_read", "visitor.restricted", "visitor.restriction_lifted" })
        {
            var entry = Assert.Single(byAction[action]);
            Assert.Equal(keyId, entry.GetProperty("actor").GetString());
            Assert.Equal(hash, entry.GetProperty("subject").GetString());
        }

        Assert.Equal("visitor", Assert.Single(byAction["visitor.accessed"]).GetProperty("actor").GetString());
        Assert.Equal(hash, Assert.Single(byAction["visitor.erased"]).GetProperty("subject").GetString());
        Assert.Equal(200, Assert.Single(byAction["site.exported"]).GetProperty("outcome").GetInt32());
        Assert.Single(byAction["site.receipts_listed"]);
        Assert.Equal(204, Assert.Single(byAction["key.revoked"]).GetProperty("outcome").GetInt32());
        Assert.DoesNotContain(entries, entry => entry.ToString().Contains(visitorId, StringComparison.Ordinal));
        Assert.True((await _controller.VerifyAuditAsync(siteId)).GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Failed_Authentication_Is_Audited_With_Key_Id_And_Network_Never_The_Secret_Or_Address()
    {
        var siteId = await _api.CreateSiteAsync();
        var key = await _api.CreateKeyAsync(siteId, "decisions:read");
        var wrongSecret = key[..^4] + "AAAA";
        var client = _api.FromAddress("203.0.113.57");
        client.DefaultRequestHeaders.Authorization = new("Bearer", wrongSecret);

        var response = await client.GetAsync($"/v1/sites/{siteId}/decisions/{ApiScenario.NewVisitorId()}?purpose=analytics");

        await ApiScenario.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
        var entry = await _controller.AuditEntryAsync(siteId, "access.denied");
        Assert.Equal(key[4..20], entry.GetProperty("actor").GetString());
        Assert.Equal(401, entry.GetProperty("outcome").GetInt32());
        Assert.Equal("203.0.113.0/24", entry.GetProperty("network").GetString());
        Assert.Equal("GET v1/sites/{siteId}/decisions/{visitorId}", entry.GetProperty("detail").GetString());
        Assert.DoesNotContain(wrongSecret[21..], entry.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("203.0.113.57", entry.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forbidden_Requests_Of_Keys_And_Visitors_Are_Audited_In_The_Sites_Log()
    {
        var siteId = await _api.CreateSiteAsync();
        var otherSiteKey = await _api.CreateKeyAsync(await _api.CreateSiteAsync(), "admin");
        var visitorId = ApiScenario.NewVisitorId();

        await _api.WithKey(otherSiteKey).GetAsync($"/v1/sites/{siteId}");
        await _controller.Visitor(siteId, ApiScenario.NewVisitorId()).GetAsync($"/v1/sites/{siteId}/visitors/{visitorId}/receipts");

        var byKey = await _controller.AuditEntryAsync(siteId, "access.denied", e => e.GetProperty("actor").GetString() == otherSiteKey[4..20]);
        var byVisitor = await _controller.AuditEntryAsync(siteId, "access.denied", e => e.GetProperty("actor").GetString() == "visitor");
        Assert.Equal(403, byKey.GetProperty("outcome").GetInt32());
        Assert.Equal(403, byVisitor.GetProperty("outcome").GetInt32());
        Assert.Equal(_controller.HashOf(siteId, visitorId), byVisitor.GetProperty("subject").GetString());
    }

    [Fact]
    public async Task Failed_Access_Against_An_Unknown_Site_Goes_To_The_Global_Log()
    {
        var unknownSite = ApiScenario.NewSiteId();

        var response = await _api.FromAddress("2001:db8:1234:5678::1").GetAsync($"/v1/sites/{unknownSite}/audit");

        await ApiScenario.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
        var entry = (await Poll.UntilAsync(_controller.GlobalAuditAsync,
            entries => entries.Any(e => e.GetProperty("detail").GetString()!.Contains(unknownSite, StringComparison.Ordinal))))
            .Last(e => e.GetProperty("detail").GetString()!.Contains(unknownSite, StringComparison.Ordinal));
        Assert.Equal("anonymous", entry.GetProperty("actor").GetString());
        Assert.Equal("2001:db8:1234::/48", entry.GetProperty("network").GetString());
        Assert.DoesNotContain((await app.Redis.SnapshotAsync()).Keys, key => key.Contains(unknownSite, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Audit_Endpoints_Refuse_Everyone_But_The_Sites_Admin()
    {
        var siteId = await _api.CreateSiteAsync();
        var processor = await _api.ClientWithScopesAsync(siteId, "decisions:read");
        var otherAdmin = await _api.ClientWithScopesAsync(await _api.CreateSiteAsync(), "admin");
        var visitor = _controller.Visitor(siteId, ApiScenario.NewVisitorId());

        foreach (var path in new[] { $"/v1/sites/{siteId}/audit", $"/v1/sites/{siteId}/audit/verify" })
        {
            await ApiScenario.AssertProblemAsync(await _api.Anonymous().GetAsync(path), HttpStatusCode.Unauthorized);
            await ApiScenario.AssertProblemAsync(await visitor.GetAsync(path), HttpStatusCode.Unauthorized);
            await ApiScenario.AssertProblemAsync(await processor.GetAsync(path), HttpStatusCode.Forbidden);
            await ApiScenario.AssertProblemAsync(await otherAdmin.GetAsync(path), HttpStatusCode.Forbidden);
        }
    }
}
