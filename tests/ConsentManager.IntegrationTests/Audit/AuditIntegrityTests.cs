using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConsentManager.IntegrationTests.Infrastructure;
using StackExchange.Redis;

namespace ConsentManager.IntegrationTests.Audit;

/// <summary>The audit log reads newest first in pages, and a removed or edited entry breaks its chain.</summary>
[Collection(ApiCollection.Name)]
public sealed class AuditIntegrityTests(ConsentApiApplication app)
{
    private readonly ApiScenario _api = new(app);
    private readonly ControllerScenario _controller = new(app);

    [Fact]
    public async Task Audit_Pages_Newest_First_With_A_Cursor_Within_A_Time_Window_And_Action()
    {
        var siteId = await _api.CreateSiteAsync();
        var start = app.Clock.GetUtcNow();
        for (var i = 0; i < 5; i++)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(1));
            await _api.PutSiteAsync(siteId, ApiScenario.SiteBody(lifetimeDays: 100 + i));
            await _api.CreateKeyAsync(siteId, "stats:read");
        }

        var window = $"from={Uri.EscapeDataString(start.AddMinutes(2).ToString("O"))}&to={Uri.EscapeDataString(start.AddMinutes(4).ToString("O"))}";
        var first = await ApiScenario.ReadJsonAsync(await _api.Admin().GetAsync($"/v1/sites/{siteId}/audit?action=site.updated&limit=2&{window}"));
        var cursor = first.GetProperty("nextCursor").GetString();
        var second = await ApiScenario.ReadJsonAsync(await _api.Admin().GetAsync($"/v1/sites/{siteId}/audit?action=site.updated&limit=2&{window}&cursor={cursor}"));

        var times = first.GetProperty("entries").EnumerateArray().Concat(second.GetProperty("entries").EnumerateArray())
            .Select(entry => entry.GetProperty("at").GetDateTimeOffset()).ToList();
        Assert.Equal([start.AddMinutes(4), start.AddMinutes(3), start.AddMinutes(2)], times);
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
        Assert.All(first.GetProperty("entries").EnumerateArray(), entry => Assert.Equal("site.updated", entry.GetProperty("action").GetString()));
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=501", "limit")]
    [InlineData("cursor=abc", "cursor")]
    [InlineData("from=2026-03-02T10:00:00Z&to=2026-03-01T10:00:00Z", "from")]
    public async Task Audit_Query_Rejects_Bad_Parameters(string query, string field)
    {
        var siteId = await _api.CreateSiteAsync();

        var response = await _api.Admin().GetAsync($"/v1/sites/{siteId}/audit?{query}");

        var problem = await ApiScenario.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Deleted_Audit_Entry_Is_Detected()
    {
        var siteId = await SiteWithEntriesAsync(4);
        var database = await app.Redis.InspectAsync();
        var ids = await StreamIdsAsync(database, siteId);

        await database.ExecuteAsync("XDEL", $"cm:site:{{{siteId}}}:audit", ids[1]);
        var verification = await _controller.VerifyAuditAsync(siteId);

        Assert.False(verification.GetProperty("valid").GetBoolean());
        Assert.Equal(3, verification.GetProperty("brokenAtSeq").GetInt64());
        Assert.Contains("removed", verification.GetProperty("problem").GetString());
    }

    [Fact]
    public async Task Deleted_Newest_Audit_Entry_Is_Detected_Against_The_Head()
    {
        var siteId = await SiteWithEntriesAsync(3);
        var database = await app.Redis.InspectAsync();
        var ids = await StreamIdsAsync(database, siteId);

        await database.ExecuteAsync("XDEL", $"cm:site:{{{siteId}}}:audit", ids[^1]);
        var verification = await _controller.VerifyAuditAsync(siteId);

        Assert.False(verification.GetProperty("valid").GetBoolean());
        Assert.Contains("head", verification.GetProperty("problem").GetString());
    }

    [Fact]
    public async Task Edited_Audit_Entry_Is_Detected()
    {
        var siteId = await SiteWithEntriesAsync(3);
        var database = await app.Redis.InspectAsync();
        var stream = $"cm:site:{{{siteId}}}:audit";
        var entries = (RedisResult[])(await database.ExecuteAsync("XRANGE", stream, "-", "+"))!;

        // Rewrite the stream with the same ids, the second entry's actor changed: what an intruder with Redis access could do.
        await database.KeyDeleteAsync(stream);
        for (var i = 0; i < entries.Length; i++)
        {
            var pair = (RedisResult[])entries[i]!;
            var json = JsonNode.Parse((string)((RedisResult[])pair[1]!)[1]!)!;
            if (i == 1)
            {
                json["actor"] = "someone-else";
            }

            await database.ExecuteAsync("XADD", stream, (string)pair[0]!, "e", json.ToJsonString());
        }

        var verification = await _controller.VerifyAuditAsync(siteId);

        Assert.False(verification.GetProperty("valid").GetBoolean());
        Assert.Equal(2, verification.GetProperty("brokenAtSeq").GetInt64());
        Assert.Contains("altered", verification.GetProperty("problem").GetString());
    }

    [Fact]
    public async Task Untouched_Audit_Log_Verifies()
    {
        var siteId = await SiteWithEntriesAsync(5);

        var verification = await _controller.VerifyAuditAsync(siteId);

        Assert.True(verification.GetProperty("valid").GetBoolean(), verification.ToString());
        Assert.Equal(6, verification.GetProperty("entriesChecked").GetInt64());
    }

    // The site's creation plus n key creations.
    private async Task<string> SiteWithEntriesAsync(int keys)
    {
        var siteId = await _api.CreateSiteAsync();
        for (var i = 0; i < keys; i++)
        {
            await _api.CreateKeyAsync(siteId, "stats:read");
        }

        return siteId;
    }

    private static async Task<string[]> StreamIdsAsync(IDatabase database, string siteId) =>
        ((RedisResult[])(await database.ExecuteAsync("XRANGE", $"cm:site:{{{siteId}}}:audit", "-", "+"))!)
        .Select(item => (string)((RedisResult[])item!)[0]!).ToArray();
}
