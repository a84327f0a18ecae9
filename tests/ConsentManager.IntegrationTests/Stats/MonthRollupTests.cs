using System.Globalization;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Stats;

/// <summary>
/// Grouped stats read whole calendar months from their roll-ups and every other day from its own hash, and stay
/// equal to the receipts whichever they read: before roll-ups existed, after a roll-up expired, across month ends.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class MonthRollupTests(ConsentApiApplication app)
{
    private readonly StatsScenario _stats = new(app);

    [Fact]
    public async Task Grouped_Counts_Equal_The_Receipts_Across_Partial_And_Whole_Months()
    {
        var (siteId, from, wholeMonth) = await RecordAcrossThreeMonthsAsync();

        var byCountry = await _stats.StatsAsync(siteId, $"from={from}&to={_stats.Today}&groupBy=country");
        var byDevice = await _stats.StatsAsync(siteId, $"from={from}&to={_stats.Today}&groupBy=device");
        var onlyTheWholeMonth = await _stats.StatsAsync(siteId, $"from={wholeMonth}&to={LastDay(wholeMonth)}&groupBy=regime");

        Assert.Equal(34, StatsScenario.Count(byCountry.GetProperty("totals"), "decisions"));
        Assert.Equal(11, StatsScenario.Count(StatsScenario.Row(byCountry, "SE"), "acceptAll"));
        Assert.Equal(23, StatsScenario.Count(StatsScenario.Row(byCountry, "unknown"), "decisions"));
        Assert.Equal(11, StatsScenario.Count(StatsScenario.Row(byDevice, "mobile"), "decisions"));
        Assert.Equal(12, StatsScenario.Count(StatsScenario.Row(byDevice, "tablet"), "custom"));
        Assert.Equal(21, StatsScenario.Count(StatsScenario.Row(onlyTheWholeMonth, "opt-in"), "decisions"));
        Assert.Equal(10, StatsScenario.Purpose(StatsScenario.Row(onlyTheWholeMonth, "opt-in"), "analytics", "granted"));
    }

    [Fact]
    public async Task Whole_Month_Is_Read_From_Its_Roll_Up_Unless_Roll_Ups_Began_Later_Or_It_Expired()
    {
        var (siteId, _, wholeMonth) = await RecordAcrossThreeMonthsAsync();
        var redis = await app.Redis.InspectAsync();
        var query = $"from={wholeMonth}&to={LastDay(wholeMonth)}&groupBy=country";
        var firstDay = $"cm:st:{{{siteId}}}:{wholeMonth}:country";
        var rollup = $"cm:st:{{{siteId}}}:{wholeMonth[..7]}:country";

        // Without its first day's hash the month still counts 21: the roll-up answered.
        var saved = await redis.KeyDumpAsync(firstDay);
        await redis.KeyDeleteAsync(firstDay);
        var fromRollup = await _stats.StatsAsync(siteId, query);
        await redis.KeyRestoreAsync(firstDay, saved);

        // Roll-ups that began inside the month (data counted before them is only in the days), or a roll-up that
        // expired: the days answer.
        await redis.HashIncrementAsync(rollup, "SE|n", 1000);
        await redis.StringSetAsync($"cm:st:{{{siteId}}}:rollups-from", wholeMonth);
        var beganLater = await _stats.StatsAsync(siteId, query);
        await redis.StringSetAsync($"cm:st:{{{siteId}}}:rollups-from", "2000-01-01");
        await redis.KeyDeleteAsync(rollup);
        var expired = await _stats.StatsAsync(siteId, query);

        Assert.Equal(21, StatsScenario.Count(fromRollup.GetProperty("totals"), "decisions"));
        Assert.Equal(21, StatsScenario.Count(beganLater.GetProperty("totals"), "decisions"));
        Assert.Equal(21, StatsScenario.Count(expired.GetProperty("totals"), "decisions"));
        Assert.Equal(11, StatsScenario.Count(StatsScenario.Row(expired, "unknown"), "rejectAll"));
    }

    // One receipt today (so roll-ups begin before the next month), then 10 + 11 in the whole next month (its 1st
    // and its last day) and 12 on the 1st of the month after. Returns the site, today, and the whole month's 1st.
    private async Task<(string SiteId, string From, string WholeMonth)> RecordAcrossThreeMonthsAsync()
    {
        var siteId = await _stats.Api.CreateSiteAsync();
        var from = _stats.Today;
        await _stats.RecordAsync(siteId, 1, "accept_all", ApiScenario.TemplatePurposes, _stats.Browser(StatsScenario.MobileAgent, StatsScenario.Sweden));
        MoveTo(FirstOfNextMonth(_stats.Today));
        var wholeMonth = _stats.Today;
        await _stats.RecordAsync(siteId, 10, "accept_all", ApiScenario.TemplatePurposes, _stats.Browser(StatsScenario.MobileAgent, StatsScenario.Sweden));
        MoveTo(LastDay(wholeMonth));
        await _stats.RecordAsync(siteId, 11, "reject_all", [], _stats.Browser(StatsScenario.DesktopAgent));
        MoveTo(FirstOfNextMonth(_stats.Today));
        await _stats.RecordAsync(siteId, 12, "custom", ["analytics"], _stats.Browser(StatsScenario.TabletAgent));
        return (siteId, from, wholeMonth);
    }

    private static string FirstOfNextMonth(string day)
    {
        var date = Parse(day);
        return Format(new DateOnly(date.Year, date.Month, 1).AddMonths(1));
    }

    private static string LastDay(string firstOfMonth) => Format(Parse(firstOfMonth).AddMonths(1).AddDays(-1));

    // The shared test clock only moves forward; every test reads its own site's counts, relative to the clock.
    private void MoveTo(string day)
    {
        var target = Parse(day).ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);
        app.Clock.Advance(target - app.Clock.GetUtcNow().UtcDateTime);
    }

    private static DateOnly Parse(string day) => DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
