using ConsentManager.Api.Storage;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ConsentManager.Api.Stats;

/// <summary>
/// The site's counters (layout and the cross-slot design in <see cref="RedisKeys"/>). Every key of one call shares
/// the hash tag <c>{siteId}</c>, so each script is one atomic step in one slot, on one node or a cluster.
/// </summary>
public sealed class RedisStatsStore(RedisConnection redis, IOptions<StatsOptions> options)
{
    // KEYS: counted set (or a dummy when not deduplicating), then the day's dimension hashes in StatsDimensions order.
    // ARGV: member (empty: count unconditionally), expiry (unix seconds), one field prefix per hash, then the metric names.
    private const string CountScript = """
        if ARGV[1] ~= '' then
          if redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
          redis.call('EXPIREAT', KEYS[1], ARGV[2])
        end
        local metrics = #KEYS + 1
        for k = 2, #KEYS do
          local prefix = ARGV[k + 1]
          for m = metrics + 1, #ARGV do
            redis.call('HINCRBY', KEYS[k], prefix .. ARGV[m], 1)
          end
          redis.call('EXPIREAT', KEYS[k], ARGV[2])
        end
        return 1
        """;

    // Retention runs from the counted day, not from the last write, so a late retry does not prolong it.
    private long ExpiresAt(DateOnly day) =>
        new DateTimeOffset(day.AddDays(options.Value.RetentionDays), TimeOnly.MinValue, TimeSpan.Zero).ToUnixTimeSeconds();

    /// <summary>Counts a receipt once per receipt id; false when it had already been counted.</summary>
    public async Task<bool> CountReceiptAsync(string siteId, Guid receiptId, StatsCell cell, IEnumerable<string> metrics) =>
        await CountAsync(siteId, cell, receiptId.ToByteArray(), metrics);

    /// <summary>Counts an impression; impressions carry no id, so there is nothing to deduplicate.</summary>
    public Task CountImpressionAsync(string siteId, StatsCell cell) =>
        CountAsync(siteId, cell, [], [StatsDimensions.Impressions]);

    /// <summary>The counters of one dimension for each day of the range, oldest first (empty for a day without data).</summary>
    public async Task<IReadOnlyList<(DateOnly Day, HashEntry[] Fields)>> ReadAsync(string siteId, string dimension, DateOnly from, DateOnly to)
    {
        var days = Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(from.AddDays).ToList();
        var hashes = await redis.RunAsync(async database =>
        {
            // Sent together without waiting for each reply: one round trip's latency for the whole range.
            var batch = database.CreateBatch();
            var reads = days.Select(day => batch.HashGetAllAsync(RedisKeys.StatsDay(siteId, day, dimension))).ToList();
            batch.Execute();
            return await Task.WhenAll(reads);
        });
        return days.Select((day, index) => (day, hashes[index])).ToList();
    }

    private async Task<bool> CountAsync(string siteId, StatsCell cell, byte[] member, IEnumerable<string> metrics)
    {
        var keys = new List<RedisKey> { RedisKeys.StatsCounted(siteId, cell.Day) };
        keys.AddRange(StatsDimensions.Ordered.Select(dimension => (RedisKey)RedisKeys.StatsDay(siteId, cell.Day, dimension)));
        var values = new List<RedisValue> { member, ExpiresAt(cell.Day) };
        values.AddRange(cell.Prefixes.Select(prefix => (RedisValue)prefix));
        values.AddRange(metrics.Select(metric => (RedisValue)metric));
        var counted = await redis.RunAsync(database => database.ScriptEvaluateAsync(CountScript, keys.ToArray(), values.ToArray()));
        return (long)counted == 1;
    }
}
