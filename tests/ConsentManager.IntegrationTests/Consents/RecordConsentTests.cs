using System.Net;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Consents;

[Collection(ApiCollection.Name)]
public sealed class RecordConsentTests(ConsentApiApplication app)
{
    private readonly ApiScenario _api = new(app);

    [Fact]
    public async Task Recording_A_Choice_Returns_201_With_The_Full_Receipt()
    {
        var siteId = await _api.CreateSiteAsync();
        var config = await _api.GetConfigAsync(siteId);
        var body = ApiScenario.ConsentBody("custom", ["analytics"], TestVisitor.From(config));
        body["textHash"] = config.GetProperty("textHash").GetString();
        body["source"] = "widget";
        body["userActivation"] = true;

        var response = await _api.PostConsentAsync(siteId, body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var receipt = await ApiScenario.ReadJsonAsync(response);
        var recordedAt = receipt.GetProperty("recordedAt").GetDateTimeOffset();
        Assert.True(Guid.TryParse(receipt.GetProperty("receiptId").GetString(), out _));
        Assert.Equal(config.GetProperty("visitorId").GetString(), receipt.GetProperty("visitorId").GetString());
        Assert.Equal(config.GetProperty("visitorToken").GetString(), receipt.GetProperty("visitorToken").GetString());
        Assert.Equal("widget", receipt.GetProperty("source").GetString());
        Assert.True(receipt.GetProperty("userActivation").GetBoolean());
        Assert.Equal(0, receipt.GetProperty("defaulted").GetArrayLength());
        Assert.Equal(siteId, receipt.GetProperty("siteId").GetString());
        Assert.Equal("custom", receipt.GetProperty("action").GetString());
        Assert.True(receipt.GetProperty("choices").GetProperty("analytics").GetBoolean());
        Assert.False(receipt.GetProperty("choices").GetProperty("retargeting").GetBoolean());
        Assert.Equal(1, receipt.GetProperty("purposeVersions").GetProperty("analytics").GetInt32());
        Assert.Equal(app.Clock.GetUtcNow(), recordedAt);
        Assert.Equal(TimeSpan.Zero, recordedAt.Offset);
        Assert.Equal(recordedAt.AddDays(182), receipt.GetProperty("expiresAt").GetDateTimeOffset());
        Assert.Equal("opt-in", receipt.GetProperty("regime").GetString());
        Assert.Equal("nl", receipt.GetProperty("language").GetString());
        Assert.Equal(config.GetProperty("textHash").GetString(), receipt.GetProperty("textHash").GetString());
        Assert.Matches("^sha256:[0-9a-f]{64}$", receipt.GetProperty("hash").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, receipt.GetProperty("previousHash").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, receipt.GetProperty("previousReceiptId").ValueKind);
        Assert.False(receipt.GetProperty("gpc").GetBoolean());
    }

    [Fact]
    public async Task Generated_Visitor_Ids_Are_Unique_And_Url_Safe()
    {
        var siteId = await _api.CreateSiteAsync();
        var ids = new HashSet<string>();
        for (var i = 0; i < 20; i++)
        {
            var response = await _api.PostConsentAsync(siteId, ApiScenario.ConsentBody("reject_all", []));
            ids.Add((await ApiScenario.ReadJsonAsync(response)).GetProperty("visitorId").GetString()!);
        }

        Assert.Equal(20, ids.Count);
        Assert.All(ids, id => Assert.Matches("^[A-Za-z0-9_-]{22,}$", id));
    }

    [Fact]
    public async Task Same_Receipt_Id_And_Content_Returns_200_With_The_Stored_Receipt()
    {
        var siteId = await _api.CreateSiteAsync();
        var visitor = await _api.NewVisitorAsync(siteId);
        var body = ApiScenario.ConsentBody("custom", ["analytics"], visitor, Guid.NewGuid().ToString());
        var first = await ApiScenario.ReadJsonAsync(await _api.PostConsentAsync(siteId, body));
        app.Clock.Advance(TimeSpan.FromMinutes(5));

        var retry = await _api.PostConsentAsync(siteId, body);

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var stored = await ApiScenario.ReadJsonAsync(retry);
        Assert.Equal(first.GetProperty("recordedAt").GetDateTimeOffset(), stored.GetProperty("recordedAt").GetDateTimeOffset());
        var history = await HistoryAsync(siteId, visitor.Id);
        Assert.Single(history);
    }

    [Fact]
    public async Task Retry_Without_Visitor_Id_Finds_The_Visitor_The_First_Attempt_Created()
    {
        var siteId = await _api.CreateSiteAsync();
        var body = ApiScenario.ConsentBody("accept_all", ApiScenario.TemplatePurposes, receiptId: Guid.NewGuid().ToString());
        var first = await ApiScenario.ReadJsonAsync(await _api.PostConsentAsync(siteId, body));

        var retry = await _api.PostConsentAsync(siteId, body);

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(first.GetProperty("visitorId").GetString(), (await ApiScenario.ReadJsonAsync(retry)).GetProperty("visitorId").GetString());
    }

    [Fact]
    public async Task Same_Receipt_Id_With_Other_Content_Returns_409_And_Keeps_The_Original()
    {
        var siteId = await _api.CreateSiteAsync();
        var visitor = await _api.NewVisitorAsync(siteId);
        var receiptId = Guid.NewGuid().ToString();
        await _api.PostConsentAsync(siteId, ApiScenario.ConsentBody("reject_all", [], visitor, receiptId));

        var conflicting = await _api.PostConsentAsync(siteId, ApiScenario.ConsentBody("accept_all", ApiScenario.TemplatePurposes, visitor, receiptId));

        var problem = await ApiScenario.AssertProblemAsync(conflicting, HttpStatusCode.Conflict);
        Assert.Contains(receiptId, problem.GetProperty("detail").GetString());
        var current = await ApiScenario.ReadJsonAsync(await _api.GetCurrentConsentAsync(siteId, visitor));
        Assert.Equal("reject_all", current.GetProperty("action").GetString());
    }

    [Fact]
    public async Task History_Is_Append_Only_And_Links_Each_Receipt_To_The_Previous()
    {
        var siteId = await _api.CreateSiteAsync();
        var visitor = await _api.NewVisitorAsync(siteId);
        var accepted = await _api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes, visitor);
        var custom = await _api.RecordConsentAsync(siteId, "custom", ["analytics"], visitor);
        var withdrawn = await _api.RecordConsentAsync(siteId, "withdraw", [], visitor);

        var history = await HistoryAsync(siteId, visitor.Id);

        Assert.Equal(
            new[] { accepted, custom, withdrawn }.Select(r => r.GetProperty("receiptId").GetString()),
            history.Select(r => r.GetProperty("receiptId").GetString()));
        Assert.Equal(accepted.GetProperty("receiptId").GetString(), custom.GetProperty("previousReceiptId").GetString());
        Assert.Equal(custom.GetProperty("receiptId").GetString(), withdrawn.GetProperty("previousReceiptId").GetString());
        Assert.Equal(accepted.GetProperty("hash").GetString(), custom.GetProperty("previousHash").GetString());
        Assert.Equal(custom.GetProperty("hash").GetString(), withdrawn.GetProperty("previousHash").GetString());
        Assert.Equal("accept_all", history[0].GetProperty("action").GetString());
        Assert.True(history[0].GetProperty("choices").GetProperty("retargeting").GetBoolean());
    }

    [Fact]
    public async Task Current_State_Is_The_Latest_Receipt_And_404_Without_One()
    {
        var siteId = await _api.CreateSiteAsync();
        var visitor = await _api.NewVisitorAsync(siteId);
        var none = await _api.GetCurrentConsentAsync(siteId, visitor);
        await _api.RecordConsentAsync(siteId, "reject_all", [], visitor);
        var latest = await _api.RecordConsentAsync(siteId, "custom", ["job_alert_marketing"], visitor);

        var current = await ApiScenario.ReadJsonAsync(await _api.GetCurrentConsentAsync(siteId, visitor));

        await ApiScenario.AssertProblemAsync(none, HttpStatusCode.NotFound);
        Assert.Equal(latest.GetProperty("receiptId").GetString(), current.GetProperty("receiptId").GetString());
        Assert.True(current.GetProperty("choices").GetProperty("job_alert_marketing").GetBoolean());
    }

    [Fact]
    public async Task Sec_Gpc_Header_Is_Recorded_On_The_Receipt()
    {
        var siteId = await _api.CreateSiteAsync();
        var client = _api.Anonymous();
        client.DefaultRequestHeaders.Add("Sec-GPC", "1");

        var response = await client.PostAsync($"/v1/sites/{siteId}/consents",
            System.Net.Http.Json.JsonContent.Create(ApiScenario.ConsentBody("custom", ["analytics"])));

        Assert.True((await ApiScenario.ReadJsonAsync(response)).GetProperty("gpc").GetBoolean());
    }

    [Theory]
    [InlineData(true, new[] { "analytics", "ip_processing", "job_alert_marketing" }, HttpStatusCode.Created)]
    [InlineData(false, new[] { "analytics", "ip_processing", "job_alert_marketing" }, HttpStatusCode.BadRequest)]
    [InlineData(true, new[] { "retargeting", "ip_processing", "job_alert_marketing" }, HttpStatusCode.BadRequest)]
    public async Task Accept_All_May_Refuse_Only_Advertising_And_Only_Under_Gpc(bool gpc, string[] granted, HttpStatusCode expected)
    {
        var siteId = await _api.CreateSiteAsync();

        var response = await _api.FromAddress("192.0.2.10", gpc: gpc)
            .PostAsync($"/v1/sites/{siteId}/consents", System.Net.Http.Json.JsonContent.Create(ApiScenario.ConsentBody("accept_all", granted)));

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Created)
        {
            var receipt = await ApiScenario.ReadJsonAsync(response);
            Assert.Equal("accept_all", receipt.GetProperty("action").GetString());
            Assert.True(receipt.GetProperty("gpc").GetBoolean());
            Assert.False(receipt.GetProperty("choices").GetProperty("retargeting").GetBoolean());
        }
        else
        {
            Assert.Contains("'accept_all' needs purpose", (await ApiScenario.AssertProblemAsync(response, expected)).GetProperty("detail").GetString());
        }
    }

    private async Task<List<System.Text.Json.JsonElement>> HistoryAsync(string siteId, string visitorId)
    {
        var response = await _api.Admin().GetAsync($"/v1/sites/{siteId}/consents/{visitorId}/history");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await ApiScenario.ReadJsonAsync(response)).EnumerateArray().ToList();
    }
}
