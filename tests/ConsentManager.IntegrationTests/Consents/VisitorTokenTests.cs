using System.Net;
using System.Text.Json;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Consents;

/// <summary>Only the visitor's browser, holding the token /config minted, may act as the visitor.</summary>
[Collection(ApiCollection.Name)]
public sealed class VisitorTokenTests(ConsentApiApplication app)
{
    private readonly ApiScenario _api = new(app);

    [Fact]
    public async Task Config_Without_Token_Mints_A_Visitor_And_Writes_Nothing()
    {
        var siteId = await _api.CreateSiteAsync();
        await _api.GetConfigAsync(siteId);
        var before = await app.Redis.SnapshotAsync();

        var first = await _api.GetConfigAsync(siteId);
        var second = await _api.GetConfigAsync(siteId);

        Assert.Matches("^[A-Za-z0-9_-]{22,}$", first.GetProperty("visitorId").GetString());
        Assert.StartsWith(first.GetProperty("visitorId").GetString() + ".", first.GetProperty("visitorToken").GetString());
        Assert.NotEqual(first.GetProperty("visitorId").GetString(), second.GetProperty("visitorId").GetString());
        Assert.Equal(before, await app.Redis.SnapshotAsync());
    }

    [Fact]
    public async Task Config_With_A_Valid_Token_Answers_For_That_Visitor()
    {
        var siteId = await _api.CreateSiteAsync();
        var visitor = await _api.NewVisitorAsync(siteId);

        var config = await _api.GetConfigAsync(siteId, visitor);

        Assert.Equal(visitor, TestVisitor.From(config));
    }

    [Fact]
    public async Task Config_Ignores_A_Visitor_Id_In_The_Query_And_A_Forged_Token()
    {
        var siteId = await _api.CreateSiteAsync();
        var victim = await _api.NewVisitorAsync(siteId);
        var forged = victim with { Token = victim.Id + ".AAAAAAAAAAAAAAAAAAAAAA" };

        var byQuery = await _api.GetConfigAsync(siteId, query: $"?visitorId={victim.Id}");
        var byForgery = await _api.GetConfigAsync(siteId, forged);

        Assert.NotEqual(victim.Id, byQuery.GetProperty("visitorId").GetString());
        Assert.NotEqual(victim.Id, byForgery.GetProperty("visitorId").GetString());
    }

    [Fact]
    public async Task Consent_Without_Id_Or_Token_Mints_A_Visitor_Whose_Token_Reads_It_Back()
    {
        var siteId = await _api.CreateSiteAsync();

        var receipt = await _api.RecordConsentAsync(siteId, "custom", ["analytics"]);
        var current = await _api.GetCurrentConsentAsync(siteId, TestVisitor.From(receipt));

        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        Assert.Equal(receipt.GetProperty("receiptId").GetString(), (await ApiScenario.ReadJsonAsync(current)).GetProperty("receiptId").GetString());
    }

    [Theory]
    [InlineData("no token")]
    [InlineData("another visitor's token")]
    [InlineData("a token of another site")]
    [InlineData("a forged token")]
    public async Task Consent_For_A_Visitor_Id_Without_Its_Token_Returns_403_And_Stores_Nothing(string attempt)
    {
        var siteId = await _api.CreateSiteAsync();
        var victim = await _api.NewVisitorAsync(siteId);
        await _api.RecordConsentAsync(siteId, "reject_all", [], victim);
        var token = attempt switch
        {
            "no token" => null,
            "another visitor's token" => (await _api.NewVisitorAsync(siteId)).Token,
            "a token of another site" => _api.KnownVisitor(await _api.CreateSiteAsync(), victim.Id).Token,
            _ => victim.Id + ".AAAAAAAAAAAAAAAAAAAAAA",
        };
        var body = ApiScenario.ConsentBody("accept_all", ApiScenario.TemplatePurposes, victim);
        body["visitorToken"] = token;
        var before = await StoredExceptAuditAsync();

        var response = await _api.PostConsentAsync(siteId, body);

        var problem = await ApiScenario.AssertProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Contains("visitorToken", problem.GetProperty("detail").GetString());
        // The refusal itself is audited (every 403 is); nothing else is written.
        Assert.Equal(before, await StoredExceptAuditAsync());
    }

    [Fact]
    public async Task Retry_Of_A_Minting_Request_Gets_The_Token_Only_While_The_Mint_Is_Fresh()
    {
        var siteId = await _api.CreateSiteAsync();
        var body = ApiScenario.ConsentBody("custom", ["analytics"], receiptId: Guid.NewGuid().ToString());
        var first = await ApiScenario.ReadJsonAsync(await _api.PostConsentAsync(siteId, body));

        app.Clock.Advance(TimeSpan.FromMinutes(5));
        var fresh = await _api.PostConsentAsync(siteId, body);
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        var late = await _api.PostConsentAsync(siteId, body);

        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Equal(TestVisitor.From(first), TestVisitor.From(await ApiScenario.ReadJsonAsync(fresh)));
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        var lateReceipt = await ApiScenario.ReadJsonAsync(late);
        Assert.Equal(first.GetProperty("visitorId").GetString(), lateReceipt.GetProperty("visitorId").GetString());
        Assert.Equal(JsonValueKind.Null, lateReceipt.GetProperty("visitorToken").ValueKind);
    }

    [Fact]
    public async Task Tokenless_Request_Cannot_Follow_The_Receipt_Id_Of_A_Proven_Visitor()
    {
        var siteId = await _api.CreateSiteAsync();
        var visitor = await _api.NewVisitorAsync(siteId);
        var receiptId = Guid.NewGuid().ToString();
        await _api.PostConsentAsync(siteId, ApiScenario.ConsentBody("custom", ["analytics"], visitor, receiptId));

        var replay = await _api.PostConsentAsync(siteId, ApiScenario.ConsentBody("custom", ["analytics"], receiptId: receiptId));

        var problem = await ApiScenario.AssertProblemAsync(replay, HttpStatusCode.Conflict);
        Assert.Contains("belongs to another visitor", problem.GetProperty("detail").GetString());
        Assert.DoesNotContain(visitor.Token, problem.GetRawText());
    }

    [Fact]
    public async Task Reading_Current_Consent_Needs_The_Visitors_Own_Token()
    {
        var siteId = await _api.CreateSiteAsync();
        var visitor = TestVisitor.From(await _api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes));
        var stranger = await _api.NewVisitorAsync(siteId);

        var missing = await _api.Anonymous().GetAsync($"/v1/sites/{siteId}/consents/{visitor.Id}");
        var foreign = await _api.GetCurrentConsentAsync(siteId, visitor with { Token = stranger.Token });

        Assert.Contains("Visitor-Token", (await ApiScenario.AssertProblemAsync(missing, HttpStatusCode.Unauthorized)).GetProperty("detail").GetString());
        Assert.Contains(visitor.Id, (await ApiScenario.AssertProblemAsync(foreign, HttpStatusCode.Forbidden)).GetProperty("detail").GetString());
    }

    private async Task<Dictionary<string, string>> StoredExceptAuditAsync() =>
        (await app.Redis.SnapshotAsync()).Where(entry => !entry.Key.Contains(":audit", StringComparison.Ordinal)).ToDictionary();
}
