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
    // KEYS: counted set, then the day's dimension hashes in StatsDimensions order (totals first).
    // ARGV: member (empty: count unconditionally), expiry (unix seconds), one field prefix per hash, the number of
    // metrics counted in every hash, those metrics, then the metrics counted in the totals only.
    private const string CountScript = """
        if ARGV[1] ~= '' then
          if redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
          redis.call('EXPIREAT', KEYS[1], ARGV[2])
        end
        local first = #KEYS + 3
        local shared = first + tonumber(ARGV[first - 1]) - 1
        for k = 2, #KEYS do
          local prefix = ARGV[k + 1]
          for m = first, k == 2 and #ARGV or shared do
            redis.call('HINCRBY', KEYS[k], prefix .. ARGV[m], 1)
          end
          redis.call('EXPIREAT', KEYS[k], ARGV[2])
        end
        return 1
        """;

    // KEYS: the day hashes of one dimension, oldest first. ARGV[1]: 1 to sum them into one flat field/count list,
    // 0 for one HGETALL reply per day. Summing tens of thousands of fields takes Redis a few milliseconds.
    private const string ReadScript = """
        local out = {}
        if ARGV[1] == '0' then
          for i, key in ipairs(KEYS) do out[i] = redis.call('HGETALL', key) end
          return out
        end
        local sums = {}
        for _, key in ipairs(KEYS) do
          local fields = redis.call('HGETALL', key)
          for j = 1, #fields, 2 do sums[fields[j]] = (sums[fields[j]] or 0) + tonumber(fields[j + 1]) end
        end
        for field, count in pairs(sums) do
          out[#out + 1] = field
          out[#out + 1] = count
        end
        return out
        """;

    // Retention runs from the counted day, not from the last write, so a late retry does not prolong it.
    private long ExpiresAt(DateOnly day) =>
        new DateTimeOffset(day.AddDays(options.Value.RetentionDays), TimeOnly.MinValue, TimeSpan.Zero).ToUnixTimeSeconds();

    /// <summary>
    /// Counts a receipt once per receipt id; false when it had already been counted. <paramref name="metrics"/> go
    /// into every dimension, <paramref name="totalsOnly"/> (purpose versions) into the day's totals only.
    /// </summary>
    public async Task<bool> CountReceiptAsync(string siteId, Guid receiptId, StatsCell cell, IReadOnlyList<string> metrics,
        IReadOnlyList<string>? totalsOnly = null) =>
        await CountAsync(siteId, cell, receiptId.ToByteArray(), metrics, totalsOnly ?? []);

    /// <summary>Counts an impression; impressions carry no id, so there is nothing to deduplicate.</summary>
    public Task CountImpressionAsync(string siteId, StatsCell cell) =>
        CountAsync(siteId, cell, [], [StatsDimensions.Impressions], []);

    /// <summary>The counters of one dimension for each day of the range, oldest first (empty for a day without data).</summary>
    public async Task<IReadOnlyList<IReadOnlyList<KeyValuePair<string, long>>>> ReadDaysAsync(string siteId, string dimension, DateOnly from, DateOnly to)
    {
        var days = (RedisResult[])(await ReadAsync(siteId, dimension, from, to, sum: false))!;
        return days.Select(day => Pairs((RedisResult[])day!)).ToList();
    }

    /// <summary>The counters of one dimension summed over the range, inside Redis: one small reply however long the range.</summary>
    public async Task<IReadOnlyList<KeyValuePair<string, long>>> ReadSumAsync(string siteId, string dimension, DateOnly from, DateOnly to) =>
        Pairs((RedisResult[])(await ReadAsync(siteId, dimension, from, to, sum: true))!);

    private Task<RedisResult> ReadAsync(string siteId, string dimension, DateOnly from, DateOnly to, bool sum)
    {
        var keys = Enumerable.Range(0, to.DayNumber - from.DayNumber + 1)
            .Select(offset => (RedisKey)RedisKeys.StatsDay(siteId, from.AddDays(offset), dimension))
            .ToArray();
        return redis.RunAsync(database => database.ScriptEvaluateAsync(ReadScript, keys, [sum ? 1 : 0]));
    }

    private static List<KeyValuePair<string, long>> Pairs(RedisResult[] flat)
    {
        var pairs = new List<KeyValuePair<string, long>>(flat.Length / 2);
        for (var i = 0; i + 1 < flat.Length; i += 2)
        {
            pairs.Add(KeyValuePair.Create((string)flat[i]!, (long)flat[i + 1]));
        }

        return pairs;
    }

    private async Task<bool> CountAsync(string siteId, StatsCell cell, byte[] member, IReadOnlyList<string> metrics, IReadOnlyList<string> totalsOnly)
    {
        var keys = new List<RedisKey> { RedisKeys.StatsCounted(siteId, cell.Day) };
        keys.AddRange(StatsDimensions.Ordered.Select(dimension => (RedisKey)RedisKeys.StatsDay(siteId, cell.Day, dimension)));
        var values = new List<RedisValue> { member, ExpiresAt(cell.Day) };
        values.AddRange(cell.Prefixes.Select(prefix => (RedisValue)prefix));
        values.Add(metrics.Count);
        values.AddRange(metrics.Concat(totalsOnly).Select(metric => (RedisValue)metric));
        var counted = await redis.RunAsync(database => database.ScriptEvaluateAsync(CountScript, keys.ToArray(), values.ToArray()));
        return (long)counted == 1;
    }
}
