using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConsentManager.Api.Consents;
using ConsentManager.Api.Storage;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Consents;

/// <summary>Receipts are tamper-evident: an edit made directly in Redis fails the check it breaks.</summary>
[Collection(ApiCollection.Name)]
public sealed class ReceiptVerificationTests(ConsentApiApplication app)
{
    private readonly ApiScenario _api = new(app);

    // Two receipts of one visitor, the second granting under the texts /config archived.
    private async Task<(string SiteId, JsonElement First, JsonElement Second)> TwoReceiptsAsync()
    {
        var siteId = await _api.CreateSiteAsync();
        var config = await _api.GetConfigAsync(siteId);
        var visitor = TestVisitor.From(config);
        var first = await _api.RecordConsentAsync(siteId, "reject_all", [], visitor);
        var body = ApiScenario.ConsentBody("custom", ["analytics"], visitor);
        body["textHash"] = config.GetProperty("textHash").GetString();
        var second = await ApiScenario.ReadJsonAsync(await _api.PostConsentAsync(siteId, body));
        return (siteId, first, second);
    }

    private async Task<JsonElement> VerifyAsync(string siteId, JsonElement receipt)
    {
        var response = await _api.Admin().GetAsync($"/v1/sites/{siteId}/receipts/{receipt.GetProperty("receiptId").GetString()}/verify");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await ApiScenario.ReadJsonAsync(response);
    }

    private async Task EditStoredReceiptAsync(string siteId, JsonElement receipt, Action<JsonObject> edit)
    {
        var database = await app.Redis.InspectAsync();
        var (visitorId, receiptId) = (receipt.GetProperty("visitorId").GetString()!, receipt.GetProperty("receiptId").GetString()!);
        var (_, data) = await StoredReceipts.ReadAsync(database, siteId, visitorId, receiptId);
        var stored = JsonSerializer.SerializeToNode(ReceiptFormat.Read(data), StorageJson.Options)!.AsObject();
        edit(stored);
        // Written back as JSON, the form of receipts stored before the compact one, which is read as well.
        await StoredReceipts.WriteDataAsync(database, siteId, visitorId, receiptId, Encoding.UTF8.GetBytes(stored.ToJsonString()));
    }

    private static string[] FailedChecks(JsonElement verification) =>
        verification.GetProperty("checks").EnumerateArray().Where(check => !check.GetProperty("passed").GetBoolean())
            .Select(check => check.GetProperty("name").GetString()!).ToArray();

    [Fact]
    public async Task Untouched_Receipts_Verify_With_Every_Check_Passed()
    {
        var (siteId, first, second) = await TwoReceiptsAsync();

        var verifications = new[] { await VerifyAsync(siteId, first), await VerifyAsync(siteId, second) };

        Assert.All(verifications, verification => Assert.True(verification.GetProperty("valid").GetBoolean()));
        Assert.Equal(["hash", "mac", "chain", "text"],
            verifications[1].GetProperty("checks").EnumerateArray().Select(check => check.GetProperty("name").GetString()));
        Assert.Equal(first.GetProperty("hash").GetString(), second.GetProperty("previousHash").GetString());
    }

    [Fact]
    public async Task Receipts_Are_Stored_Compact_And_One_Stored_As_Json_Still_Reads_And_Verifies()
    {
        var (siteId, first, second) = await TwoReceiptsAsync();
        var database = await app.Redis.InspectAsync();
        var (visitorId, receiptId) = (second.GetProperty("visitorId").GetString()!, second.GetProperty("receiptId").GetString()!);
        var (_, compact) = await StoredReceipts.ReadAsync(database, siteId, visitorId, receiptId);

        await EditStoredReceiptAsync(siteId, second, _ => { });
        var verification = await VerifyAsync(siteId, second);
        var history = await ApiScenario.ReadJsonAsync(await _api.Admin().GetAsync(
            $"/v1/sites/{siteId}/consents/{second.GetProperty("visitorId").GetString()}/history"));

        Assert.Equal(ReceiptCodec.Version, compact[0]);
        Assert.Equal((byte)'{', (await StoredReceipts.ReadAsync(database, siteId, visitorId, receiptId)).Data[0]);
        Assert.True(verification.GetProperty("valid").GetBoolean());
        Assert.Equal([first.GetProperty("receiptId").GetString(), second.GetProperty("receiptId").GetString()],
            history.EnumerateArray().Select(receipt => receipt.GetProperty("receiptId").GetString()));
    }

    [Fact]
    public async Task Edited_Choice_Fails_The_Hash_And_Mac_Checks()
    {
        var (siteId, _, second) = await TwoReceiptsAsync();

        await EditStoredReceiptAsync(siteId, second, receipt => receipt["choices"]!["retargeting"] = true);
        var verification = await VerifyAsync(siteId, second);

        Assert.False(verification.GetProperty("valid").GetBoolean());
        Assert.Equal(["hash", "mac"], FailedChecks(verification));
    }

    [Fact]
    public async Task Replaced_Mac_Fails_Only_The_Mac_Check()
    {
        var (siteId, _, second) = await TwoReceiptsAsync();

        await EditStoredReceiptAsync(siteId, second, receipt => receipt["mac"] = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        var verification = await VerifyAsync(siteId, second);

        Assert.False(verification.GetProperty("valid").GetBoolean());
        Assert.Equal(["mac"], FailedChecks(verification));
    }

    [Fact]
    public async Task Edited_Previous_Receipt_Fails_The_Chain_Check_Of_The_Next()
    {
        var (siteId, first, second) = await TwoReceiptsAsync();

        await EditStoredReceiptAsync(siteId, first, receipt => receipt["action"] = "accept_all");
        var verification = await VerifyAsync(siteId, second);

        Assert.False(verification.GetProperty("valid").GetBoolean());
        Assert.Equal(["chain"], FailedChecks(verification));
    }

    [Fact]
    public async Task Edited_Archived_Text_Fails_The_Text_Check()
    {
        var (siteId, _, second) = await TwoReceiptsAsync();
        var textHash = second.GetProperty("textHash").GetString()!;
        var database = await app.Redis.InspectAsync();
        var key = RedisKeys.ArchivedText(siteId, textHash["sha256:".Length..]);

        await database.StringSetAsync(key, ((string)(await database.StringGetAsync(key))!).Replace("analytics nl", "something else"));
        var verification = await VerifyAsync(siteId, second);

        Assert.False(verification.GetProperty("valid").GetBoolean());
        Assert.Equal(["text"], FailedChecks(verification));
    }

    [Fact]
    public async Task Unknown_Receipt_Returns_404_Problem()
    {
        var siteId = await _api.CreateSiteAsync();
        var receiptId = Guid.NewGuid().ToString();

        var response = await _api.Admin().GetAsync($"/v1/sites/{siteId}/receipts/{receiptId}/verify");

        Assert.Contains(receiptId, (await ApiScenario.AssertProblemAsync(response, HttpStatusCode.NotFound)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Concurrent_Receipts_Of_One_Visitor_Form_One_Unforked_Chain()
    {
        var siteId = await _api.CreateSiteAsync();
        var visitor = await _api.NewVisitorAsync(siteId);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _api.RecordConsentAsync(siteId, "custom", ["analytics"], visitor)));
        var history = (await ApiScenario.ReadJsonAsync(await _api.Admin().GetAsync($"/v1/sites/{siteId}/consents/{visitor.Id}/history")))
            .EnumerateArray().ToList();

        Assert.Equal(8, history.Count);
        Assert.Equal(JsonValueKind.Null, history[0].GetProperty("previousHash").ValueKind);
        for (var i = 1; i < history.Count; i++)
        {
            Assert.Equal(history[i - 1].GetProperty("hash").GetString(), history[i].GetProperty("previousHash").GetString());
            Assert.Equal(history[i - 1].GetProperty("receiptId").GetString(), history[i].GetProperty("previousReceiptId").GetString());
        }
    }
}
