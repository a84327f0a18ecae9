using System.Globalization;
using ConsentManager.Api.Storage;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ConsentManager.Api.Stats;

/// <summary>
/// The site's counters (layout and the cross-slot design in <see cref="RedisKeys"/>). Every key of one call shares
/// the hash tag <c>{siteId}</c>, so each script is one atomic step in one slot, on one node or a cluster.
/// </summary>
public sealed class RedisStatsStore(RedisConnection redis, IOptions<StatsOptions> options, TimeProvider time)
{
    // Retention runs from the counted day, not from the last write, so a late retry does not prolong it. A month's
    // roll-up goes with its first day.
    private long ExpiresAt(DateOnly day) =>
        new DateTimeOffset(day.AddDays(options.Value.RetentionDays), TimeOnly.MinValue, TimeSpan.Zero).ToUnixTimeSeconds();

    /// <summary>Counts a receipt once per receipt id; false when it had already been counted.</summary>
    public Task<bool> CountReceiptAsync(string siteId, Guid receiptId, StatsCell cell, ReceiptShape shape) =>
        CountAsync(siteId, cell, receiptId.ToByteArray(), shape.TotalsField, shape.GroupedField);

    /// <summary>Counts an impression; impressions carry no id, so there is nothing to deduplicate.</summary>
    public Task CountImpressionAsync(string siteId, StatsCell cell) =>
        CountAsync(siteId, cell, [], StatsDimensions.Impressions, StatsDimensions.Impressions);

    /// <summary>
    /// The counters of one dimension for each day of the range, oldest first (empty for a day without data).
    /// Pipelined reads of each day, not one script: StackExchange.Redis 1.x parses one large nested reply in time
    /// that grows faster than its size (12 ms against 4 ms for a year, measured).
    /// </summary>
    public Task<IReadOnlyList<IReadOnlyList<KeyValuePair<string, long>>>> ReadDaysAsync(string siteId, string dimension, DateOnly from, DateOnly to) =>
        redis.RunAsync(async database =>
        {
            var batch = database.CreateBatch();
            var days = Enumerable.Range(0, to.DayNumber - from.DayNumber + 1)
                .Select(offset => batch.HashGetAllAsync(RedisKeys.StatsDay(siteId, from.AddDays(offset), dimension)))
                .ToList();
            batch.Execute();
            await Task.WhenAll(days);
            return (IReadOnlyList<IReadOnlyList<KeyValuePair<string, long>>>)days
                .Select(day => ReceiptShape.Expand(day.Result.Select(entry => KeyValuePair.Create((string)entry.Name!, (long)entry.Value))).ToList())
                .ToList();
        });

    /// <summary>
    /// The counters of one grouped dimension summed over the range inside Redis: whole calendar months from their
    /// roll-ups where those are complete, every other day from its own hash.
    /// </summary>
    public async Task<IReadOnlyList<KeyValuePair<string, long>>> ReadSumAsync(string siteId, string dimension, DateOnly from, DateOnly to)
    {
        var keys = new List<RedisKey> { RedisKeys.StatsRollupsFrom(siteId) };
        var segments = new List<RedisValue>();
        for (var day = from; day <= to;)
        {
            var monthEnd = new DateOnly(day.Year, day.Month, 1).AddMonths(1).AddDays(-1);
            var wholeMonth = day.Day == 1 && monthEnd <= to;
            var last = monthEnd < to ? monthEnd : to;
            if (wholeMonth)
            {
                keys.Add(RedisKeys.StatsMonth(siteId, day, dimension));
            }

            segments.Add(wholeMonth ? Date(day) : "");
            segments.Add(last.DayNumber - day.DayNumber + 1);
            for (; day <= last; day = day.AddDays(1))
            {
                keys.Add(RedisKeys.StatsDay(siteId, day, dimension));
            }
        }

        var sums = await redis.RunAsync(database => database.ScriptEvaluateAsync(StatsScripts.ReadSum, keys.ToArray(), segments.ToArray()));
        return ReceiptShape.Expand(Pairs((RedisResult[])sums!)).ToList();
    }

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static List<KeyValuePair<string, long>> Pairs(RedisResult[] flat)
    {
        var pairs = new List<KeyValuePair<string, long>>(flat.Length / 2);
        for (var i = 0; i + 1 < flat.Length; i += 2)
        {
            pairs.Add(KeyValuePair.Create((string)flat[i]!, (long)flat[i + 1]));
        }

        return pairs;
    }

    private async Task<bool> CountAsync(string siteId, StatsCell cell, byte[] member, string totalsField, string groupedField)
    {
        var month = new DateOnly(cell.Day.Year, cell.Day.Month, 1);
        var grouped = StatsDimensions.Ordered.Skip(1).ToList();
        var keys = new List<RedisKey> { RedisKeys.StatsCounted(siteId, cell.Day) };
        keys.AddRange(StatsDimensions.Ordered.Select(dimension => (RedisKey)RedisKeys.StatsDay(siteId, cell.Day, dimension)));
        keys.AddRange(grouped.Select(dimension => (RedisKey)RedisKeys.StatsMonth(siteId, month, dimension)));
        keys.Add(RedisKeys.StatsRollupsFrom(siteId));
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var values = new List<RedisValue> { member, ExpiresAt(cell.Day), ExpiresAt(month), Date(today) };
        values.AddRange(cell.Prefixes.Select(prefix => (RedisValue)prefix));
        values.Add(totalsField);
        values.Add(groupedField);
        var counted = await redis.RunAsync(database => database.ScriptEvaluateAsync(StatsScripts.Count, keys.ToArray(), values.ToArray()));
        return (long)counted == 1;
    }
}
