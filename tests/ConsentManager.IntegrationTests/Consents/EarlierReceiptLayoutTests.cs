using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConsentManager.Api.Consents;
using ConsentManager.Api.Storage;
using ConsentManager.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ConsentManager.IntegrationTests.Consents;

/// <summary>
/// Receipt layout 1 (a hash per receipt and a separate current key: every version before layout 2, and this one with
/// <c>Receipts__Layout=1</c> during a rolling upgrade) stays readable, retryable, verifiable and chainable, so an
/// upgrade needs no migration step; the next layout-2 receipt drops the old current key.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class EarlierReceiptLayoutTests(ConsentApiApplication app)
{
    private readonly ApiScenario _api = new(app);

    // The same API writing layout 1, on the same Redis.
    private async Task<JsonElement> RecordInLayoutOneAsync(string siteId, JsonObject body)
    {
        await using var layoutOne = app.WithWebHostBuilder(builder => builder.UseSetting("Receipts:Layout", "1"));
        var response = await layoutOne.CreateClient().PostAsJsonAsync($"/v1/sites/{siteId}/consents", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await ApiScenario.ReadJsonAsync(response);
    }

    [Fact]
    public async Task Layout_1_Writes_What_Versions_Before_Layout_2_Read()
    {
        var siteId = await _api.CreateSiteAsync();
        var visitor = await _api.NewVisitorAsync(siteId);

        var receipt = await RecordInLayoutOneAsync(siteId, ApiScenario.ConsentBody("custom", ["analytics"], visitor));

        var receiptId = receipt.GetProperty("receiptId").GetString()!;
        var database = await app.Redis.InspectAsync();
        var key = RedisKeys.Receipt(siteId, visitor.Id, receiptId);
        Assert.Equal(receiptId, (string?)await database.StringGetAsync(RedisKeys.LegacyVisitorCurrent(siteId, visitor.Id)));
        Assert.Equal(receipt.GetProperty("hash").GetString(), ReceiptFormat.Read((await database.HashGetAsync(key, "data"))!).Hash);
        Assert.Matches("^[0-9a-f]{64}$", (string?)await database.HashGetAsync(key, "fp"));
        Assert.True(await database.KeyTimeToLiveAsync(key) > TimeSpan.FromDays(182));
    }

    [Fact]
    public async Task A_Visitor_Stored_In_Layout_1_Is_Read_Retried_Verified_And_Chained_On()
    {
        var siteId = await _api.CreateSiteAsync();
        var visitor = await _api.NewVisitorAsync(siteId);
        var firstBody = ApiScenario.ConsentBody("custom", ["analytics"], visitor, Guid.NewGuid().ToString());
        var first = await RecordInLayoutOneAsync(siteId, firstBody);
        var firstId = first.GetProperty("receiptId").GetString()!;

        var current = await ApiScenario.ReadJsonAsync(await _api.GetCurrentConsentAsync(siteId, visitor));
        var retry = await _api.PostConsentAsync(siteId, firstBody);
        var changedRetry = await _api.PostConsentAsync(siteId, ApiScenario.ConsentBody("reject_all", [], visitor, firstId));
        var second = await _api.RecordConsentAsync(siteId, "reject_all", [], visitor);
        var verification = await ApiScenario.ReadJsonAsync(await _api.Admin().GetAsync(
            $"/v1/sites/{siteId}/receipts/{second.GetProperty("receiptId").GetString()}/verify"));
        var history = await ApiScenario.ReadJsonAsync(await _api.Admin().GetAsync($"/v1/sites/{siteId}/consents/{visitor.Id}/history"));

        var database = await app.Redis.InspectAsync();
        Assert.Equal(first.GetProperty("hash").GetString(), current.GetProperty("hash").GetString());
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(first.GetProperty("hash").GetString(), (await ApiScenario.ReadJsonAsync(retry)).GetProperty("hash").GetString());
        await ApiScenario.AssertProblemAsync(changedRetry, HttpStatusCode.Conflict);
        Assert.Equal(firstId, second.GetProperty("previousReceiptId").GetString());
        Assert.Equal(first.GetProperty("hash").GetString(), second.GetProperty("previousHash").GetString());
        Assert.True(verification.GetProperty("valid").GetBoolean(), verification.ToString());
        Assert.Equal([firstId, second.GetProperty("receiptId").GetString()],
            history.EnumerateArray().Select(receipt => receipt.GetProperty("receiptId").GetString()));
        Assert.False(await database.KeyExistsAsync(RedisKeys.LegacyVisitorCurrent(siteId, visitor.Id)));
        Assert.Equal(RedisType.Hash, await database.KeyTypeAsync(RedisKeys.Receipt(siteId, visitor.Id, firstId)));
        Assert.Equal(RedisType.String, await database.KeyTypeAsync(RedisKeys.Receipt(siteId, visitor.Id, second.GetProperty("receiptId").GetString()!)));
    }

    [Fact]
    public async Task Erasing_A_Visitor_Stored_In_Layout_1_Removes_Its_Current_Key_Too()
    {
        var siteId = await _api.CreateSiteAsync();
        var visitor = await _api.NewVisitorAsync(siteId);
        await RecordInLayoutOneAsync(siteId, ApiScenario.ConsentBody("accept_all", ApiScenario.TemplatePurposes, visitor));

        var erased = await _api.Admin().DeleteAsync($"/v1/sites/{siteId}/visitors/{visitor.Id}");

        var database = await app.Redis.InspectAsync();
        Assert.True(erased.IsSuccessStatusCode, $"erasure: {erased.StatusCode}");
        Assert.False(await database.KeyExistsAsync(RedisKeys.LegacyVisitorCurrent(siteId, visitor.Id)));
        Assert.False(await database.KeyExistsAsync(RedisKeys.VisitorHistory(siteId, visitor.Id)));
    }

    [Fact]
    public async Task An_Unknown_Layout_Stops_The_Start_Naming_The_Setting()
    {
        await using var misconfigured = app.WithWebHostBuilder(builder => builder.UseSetting("Receipts:Layout", "3"));

        var error = Assert.Throws<OptionsValidationException>(() => misconfigured.CreateClient());

        Assert.Contains("Layout", error.Message);
    }
}
