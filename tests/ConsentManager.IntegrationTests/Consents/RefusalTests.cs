using System.Net;
using System.Text.Json.Nodes;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Consents;

/// <summary>A refusal always lands: taken for any purpose set and any text hash, and it covers purposes added later.</summary>
[Collection(ApiCollection.Name)]
public sealed class RefusalTests(ConsentApiApplication app)
{
    private readonly ApiScenario _api = new(app);

    private static JsonObject JapanOptOut() => ApiScenario.Regimes("opt-in", ("JP", null, "opt-out"));

    private async Task<string> AddPurposeAsync(string siteId, string purposeId, JsonObject? regimes = null)
    {
        var body = ApiScenario.SiteBody(regimes: regimes);
        body["purposes"]!.AsArray().Add(ApiScenario.PurposeBody(purposeId, "advertising"));
        await _api.PutSiteAsync(siteId, body);
        return purposeId;
    }

    [Theory]
    [InlineData("withdraw")]
    [InlineData("reject_all")]
    public async Task Refusal_Over_An_Outdated_Purpose_Set_Is_Recorded_For_Every_Current_Purpose(string action)
    {
        var siteId = await _api.CreateSiteAsync();
        var visitor = TestVisitor.From(await _api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes));
        var queued = ApiScenario.ConsentBody(action, [], visitor);
        queued["choices"]!.AsObject().Add("retired_purpose", false);
        queued["purposeVersions"]!.AsObject().Add("retired_purpose", 3);
        queued["textHash"] = "fnv1a64:0123abcd";
        var added = await AddPurposeAsync(siteId, "display_ads");

        var response = await _api.PostConsentAsync(siteId, queued);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var receipt = await ApiScenario.ReadJsonAsync(response);
        var choices = receipt.GetProperty("choices").EnumerateObject().ToDictionary(choice => choice.Name, choice => choice.Value.GetBoolean());
        Assert.Equal(ApiScenario.TemplatePurposes.Append(added).Order(), choices.Keys.Order());
        Assert.All(choices.Values, Assert.False);
        Assert.Equal(1, receipt.GetProperty("purposeVersions").GetProperty(added).GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, receipt.GetProperty("textHash").ValueKind);
    }

    [Theory]
    [InlineData("withdraw", "withdrawn")]
    [InlineData("reject_all", "denied")]
    public async Task Refusal_Denies_A_Purpose_Added_Afterwards_Even_Under_Opt_Out(string action, string reason)
    {
        var siteId = await _api.CreateSiteAsync(ApiScenario.SiteBody(regimes: JapanOptOut()));
        var processor = await _api.ClientWithScopesAsync(siteId, "decisions:read");
        var browser = _api.FromAddress(TestAddresses.Japan);
        var visitor = await _api.NewVisitorAsync(siteId, browser);
        await _api.GetConfigAsync(siteId, visitor, browser);
        await _api.RecordConsentAsync(siteId, action, [], visitor);

        var added = await AddPurposeAsync(siteId, "display_ads", JapanOptOut());
        var decision = await _api.DecideAsync(processor, siteId, visitor.Id, added);

        Assert.False(decision.GetProperty("allowed").GetBoolean());
        Assert.Equal(reason, decision.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Defaulted_Grants_Are_No_Consent_Once_The_Visitor_Is_Seen_Under_Opt_In()
    {
        var siteId = await _api.CreateSiteAsync(ApiScenario.SiteBody(regimes: JapanOptOut()));
        var processor = await _api.ClientWithScopesAsync(siteId, "decisions:read");
        var japan = _api.FromAddress(TestAddresses.Japan);
        var visitor = await _api.NewVisitorAsync(siteId, japan);
        await _api.GetConfigAsync(siteId, visitor, japan);
        var body = ApiScenario.ConsentBody("custom", ["analytics", "retargeting"], visitor);
        body["defaulted"] = new JsonArray("analytics");
        Assert.Equal(HttpStatusCode.Created, (await _api.PostConsentAsync(siteId, body)).StatusCode);
        var underOptOut = await _api.DecideAsync(processor, siteId, visitor.Id, "analytics");

        await _api.GetConfigAsync(siteId, visitor, _api.FromAddress(TestAddresses.Sweden));
        var defaulted = await _api.DecideAsync(processor, siteId, visitor.Id, "analytics");
        var chosen = await _api.DecideAsync(processor, siteId, visitor.Id, "retargeting");

        Assert.Equal("granted", underOptOut.GetProperty("reason").GetString());
        Assert.False(defaulted.GetProperty("allowed").GetBoolean());
        Assert.Equal("no_consent", defaulted.GetProperty("reason").GetString());
        Assert.Equal("granted", chosen.GetProperty("reason").GetString());
    }
}
