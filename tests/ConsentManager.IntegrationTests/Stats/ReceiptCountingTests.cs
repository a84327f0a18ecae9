using System.Net;
using ConsentManager.IntegrationTests.Infrastructure;
using StackExchange.Redis;

namespace ConsentManager.IntegrationTests.Stats;

/// <summary>Counts equal the receipts written: each receipt once, retries not again, refused writes never.</summary>
[Collection(ApiCollection.Name)]
public sealed class ReceiptCountingTests(ConsentApiApplication app)
{
    private readonly StatsScenario _stats = new(app);

    [Fact]
    public async Task Counts_Equal_The_Receipts_Despite_Retries_Conflicts_And_Withdrawals()
    {
        var siteId = await _stats.Api.CreateSiteAsync();
        await _stats.RecordAsync(siteId, 12, "accept_all", ApiScenario.TemplatePurposes);
        await _stats.RecordAsync(siteId, 3, "reject_all", []);
        await _stats.RecordAsync(siteId, 2, "custom", ["analytics"]);
        var visitor = await _stats.Api.NewVisitorAsync(siteId);
        var withdraw = ApiScenario.ConsentBody("withdraw", [], visitor, Guid.NewGuid().ToString());
        var conflicting = ApiScenario.ConsentBody("accept_all", ApiScenario.TemplatePurposes, visitor, withdraw["receiptId"]!.ToString());

        var first = await _stats.Api.PostConsentAsync(siteId, withdraw);
        var retry = await _stats.Api.PostConsentAsync(siteId, withdraw.DeepClone());
        var conflict = await _stats.Api.PostConsentAsync(siteId, conflicting);
        var totals = (await _stats.StatsAsync(siteId, $"from={_stats.Today}&to={_stats.Today}")).GetProperty("totals");

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.Conflict], [first.StatusCode, retry.StatusCode, conflict.StatusCode]);
        Assert.Equal(18, StatsScenario.Count(totals, "decisions"));
        Assert.Equal(12, StatsScenario.Count(totals, "acceptAll"));
        Assert.Equal(3, StatsScenario.Count(totals, "rejectAll"));
        Assert.Equal(2, StatsScenario.Count(totals, "custom"));
        Assert.Equal(1, StatsScenario.Count(totals, "withdraw"));
        Assert.Equal(14, StatsScenario.Purpose(totals, "analytics", "granted"));
        Assert.Equal(4, StatsScenario.Purpose(totals, "analytics", "denied"));
        Assert.Equal(12, StatsScenario.Purpose(totals, "retargeting", "granted"));
        Assert.Equal(0.6667, totals.GetProperty("purposes").GetProperty("retargeting").GetProperty("grantRate").GetDouble());
        Assert.False(totals.GetProperty("suppressed").GetBoolean());
    }

    [Fact]
    public async Task Receipt_Is_Counted_On_The_Utc_Day_It_Was_Recorded_Also_When_Retried_After_Midnight()
    {
        var siteId = await _stats.Api.CreateSiteAsync();
        var now = app.Clock.GetUtcNow();
        app.Clock.Advance(now.Date.AddDays(1).AddSeconds(-30) - now.UtcDateTime);
        var firstDay = _stats.Today;
        await _stats.RecordAsync(siteId, 10, "reject_all", []);
        var late = ApiScenario.ConsentBody("accept_all", ApiScenario.TemplatePurposes, await _stats.Api.NewVisitorAsync(siteId), Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Created, (await _stats.Api.PostConsentAsync(siteId, late)).StatusCode);

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var secondDay = _stats.Today;
        await _stats.RecordAsync(siteId, 11, "accept_all", ApiScenario.TemplatePurposes);
        var retry = await _stats.Api.PostConsentAsync(siteId, late);
        var stats = await _stats.StatsAsync(siteId, $"from={firstDay}&to={secondDay}&groupBy=day");

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.NotEqual(firstDay, secondDay);
        Assert.Equal(11, StatsScenario.Count(StatsScenario.Row(stats, firstDay), "decisions"));
        Assert.Equal(1, StatsScenario.Count(StatsScenario.Row(stats, firstDay), "acceptAll"));
        Assert.Equal(11, StatsScenario.Count(StatsScenario.Row(stats, secondDay), "decisions"));
        Assert.Equal(22, StatsScenario.Count(stats.GetProperty("totals"), "decisions"));
    }

    [Fact]
    public async Task Counts_Are_Broken_Down_By_Country_Regime_Variant_And_Device()
    {
        var siteId = await _stats.Api.CreateSiteAsync();
        await _stats.RecordAsync(siteId, 10, "accept_all", ApiScenario.TemplatePurposes, _stats.Browser(StatsScenario.MobileAgent, StatsScenario.Sweden));
        await _stats.RecordAsync(siteId, 11, "reject_all", [], _stats.Browser(StatsScenario.TabletAgent));
        await _stats.RecordAsync(siteId, 12, "custom", ["analytics"], _stats.Browser(StatsScenario.DesktopAgent));
        var range = $"from={_stats.Today}&to={_stats.Today}";

        var byCountry = await _stats.StatsAsync(siteId, $"{range}&groupBy=country");
        var byDevice = await _stats.StatsAsync(siteId, $"{range}&groupBy=device");
        var byRegime = await _stats.StatsAsync(siteId, $"{range}&groupBy=regime");
        var byVariant = await _stats.StatsAsync(siteId, $"{range}&groupBy=variant");

        Assert.Equal("country", byCountry.GetProperty("groupBy").GetString());
        Assert.Equal(["SE", "unknown"], byCountry.GetProperty("rows").EnumerateArray().Select(row => row.GetProperty("key").GetString()));
        Assert.Equal(10, StatsScenario.Count(StatsScenario.Row(byCountry, "SE"), "acceptAll"));
        Assert.Equal(23, StatsScenario.Count(StatsScenario.Row(byCountry, "unknown"), "decisions"));
        Assert.Equal(10, StatsScenario.Count(StatsScenario.Row(byDevice, "mobile"), "decisions"));
        Assert.Equal(11, StatsScenario.Count(StatsScenario.Row(byDevice, "tablet"), "rejectAll"));
        Assert.Equal(12, StatsScenario.Count(StatsScenario.Row(byDevice, "desktop"), "custom"));
        Assert.Equal(33, StatsScenario.Count(StatsScenario.Row(byRegime, "opt-in"), "decisions"));
        Assert.Equal(33, StatsScenario.Count(StatsScenario.Row(byVariant, "bar"), "decisions"));
        Assert.Equal(33, StatsScenario.Count(byCountry.GetProperty("totals"), "decisions"));
    }

    [Fact]
    public async Task Counters_Hold_Only_Metric_Names_And_Expire_After_The_Retention()
    {
        var siteId = await _stats.Api.CreateSiteAsync();
        await _stats.RecordAsync(siteId, 1, "custom", ["analytics"], _stats.Browser(StatsScenario.MobileAgent, StatsScenario.Sweden));
        var redis = await app.Redis.InspectAsync();

        var keys = ((RedisResult[])(await redis.ExecuteAsync("KEYS", $"cm:st:{{{siteId}}}:*"))!).Select(key => (string)key!).Order().ToList();
        var day = $"cm:st:{{{siteId}}}:{_stats.Today}:";
        var month = $"cm:st:{{{siteId}}}:{_stats.Today[..7]}:";
        var hashes = keys.Where(key => key.StartsWith(day, StringComparison.Ordinal) && !key.EndsWith(":counted", StringComparison.Ordinal)).ToList();
        var rollups = keys.Where(key => key.StartsWith(month, StringComparison.Ordinal)).ToList();
        var fields = new List<string>();
        foreach (var key in hashes.Concat(rollups))
        {
            fields.AddRange((await redis.HashGetAllAsync(key)).Select(entry => (string)entry.Name!));
        }

        var counted = await redis.SetMembersAsync(keys.Single(key => key.EndsWith(":counted", StringComparison.Ordinal)));
        var expiresAt = (long)await redis.ExecuteAsync("EXPIRETIME", hashes[0]);
        var monthStart = app.Clock.GetUtcNow().UtcDateTime.Date.AddDays(1 - app.Clock.GetUtcNow().UtcDateTime.Day);
        var rollupExpiresAt = (long)await redis.ExecuteAsync("EXPIRETIME", rollups[0]);

        Assert.Equal(["all", "country", "device", "regime", "variant"], hashes.Select(key => key[(key.LastIndexOf(':') + 1)..]));
        Assert.Equal(["country", "device", "regime", "variant"], rollups.Select(key => key[(key.LastIndexOf(':') + 1)..]));
        Assert.Equal(hashes.Count + rollups.Count + 2, keys.Count); // plus the counted set and rollups-from
        // One field per hash, the receipt's shape: action, choices and (in the day's totals only) purpose versions.
        Assert.Equal(hashes.Count + rollups.Count, fields.Count);
        Assert.All(fields, field => Assert.Matches(@"^((SE|opt-in|bar|mobile)\|)?s:custom;[a-z_]+=[01](,[a-z_]+=[01]){3}(;[a-z_]+=1(,[a-z_]+=1){3})?$", field));
        Assert.Single(fields, field => field.Count(c => c == ';') == 2);
        Assert.Equal(16, ((byte[])counted.Single()!).Length);
        // Retention counts from the day counted (the test clock's), not from the write.
        Assert.Equal(new DateTimeOffset(app.Clock.GetUtcNow().UtcDateTime.Date.AddDays(760), TimeSpan.Zero).ToUnixTimeSeconds(), expiresAt);
        // A month's roll-up goes with its first day.
        Assert.Equal(new DateTimeOffset(monthStart.AddDays(760), TimeSpan.Zero).ToUnixTimeSeconds(), rollupExpiresAt);
    }

    [Fact]
    public async Task Counts_Stored_Per_Metric_Before_Shapes_Add_Up_With_New_Receipts()
    {
        var siteId = await _stats.Api.CreateSiteAsync();
        var redis = await app.Redis.InspectAsync();
        var day = $"cm:st:{{{siteId}}}:{_stats.Today}";
        foreach (var field in new[] { "n", "a:accept_all", "g:analytics", "d:retargeting" })
        {
            await redis.HashIncrementAsync($"{day}:all", field, 10);
            await redis.HashIncrementAsync($"{day}:country", $"SE|{field}", 10);
        }

        await _stats.RecordAsync(siteId, 2, "accept_all", ApiScenario.TemplatePurposes, _stats.Browser(address: StatsScenario.Sweden));
        await _stats.RecordAsync(siteId, 1, "reject_all", [], _stats.Browser(address: StatsScenario.Sweden));
        var range = $"from={_stats.Today}&to={_stats.Today}";
        var totals = (await _stats.StatsAsync(siteId, $"{range}&groupBy=day")).GetProperty("totals");
        var sweden = StatsScenario.Row(await _stats.StatsAsync(siteId, $"{range}&groupBy=country"), "SE");

        foreach (var row in new[] { totals, sweden })
        {
            Assert.Equal(13, StatsScenario.Count(row, "decisions"));
            Assert.Equal(12, StatsScenario.Count(row, "acceptAll"));
            Assert.Equal(1, StatsScenario.Count(row, "rejectAll"));
            Assert.Equal(12, StatsScenario.Purpose(row, "analytics", "granted"));
            Assert.Equal(1, StatsScenario.Purpose(row, "analytics", "denied"));
            Assert.Equal(2, StatsScenario.Purpose(row, "retargeting", "granted"));
            Assert.Equal(11, StatsScenario.Purpose(row, "retargeting", "denied"));
        }
    }
}
