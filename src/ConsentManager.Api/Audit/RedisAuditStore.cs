using System.Text.Json;
using ConsentManager.Api.Storage;
using StackExchange.Redis;

namespace ConsentManager.Api.Audit;

/// <summary>
/// Audit logs as Redis streams (layout in <see cref="RedisKeys"/>): stream ids are <c>{ms}-{seq}</c>, so time windows
/// are id ranges and the chain order is the stream order. The head hash holds the last seq and hash (a deleted newest
/// entry is detected against it) and, once retention trimmed the stream, the id of the first entry kept.
/// Stream and head share a hash tag, so the append script runs on Redis Cluster.
/// </summary>
public sealed class RedisAuditStore(RedisConnection redis)
{
    // KEYS: stream, head. ARGV: expected seq, stream id, entry JSON, hash, ms, trim-before id.
    private const string AppendScript = """
        local seq = tonumber(redis.call('HGET', KEYS[2], 'seq') or '0')
        if seq ~= tonumber(ARGV[1]) then return 0 end
        redis.call('XADD', KEYS[1], ARGV[2], 'e', ARGV[3])
        redis.call('HSET', KEYS[2], 'seq', seq + 1, 'hash', ARGV[4], 'ms', ARGV[5])
        if redis.call('XTRIM', KEYS[1], 'MINID', ARGV[6]) > 0 then
          redis.call('HSET', KEYS[2], 'first', redis.call('XRANGE', KEYS[1], '-', '+', 'COUNT', 1)[1][1])
        end
        return 1
        """;

    // KEYS: stream. ARGV: XRANGE or XREVRANGE, first bound, second bound, count.
    private const string RangeScript = "return redis.call(ARGV[1], KEYS[1], ARGV[2], ARGV[3], 'COUNT', ARGV[4])";

    public async Task<AuditHead> ReadHeadAsync(string? siteId)
    {
        var fields = await redis.RunAsync(database =>
            database.HashGetAsync(RedisKeys.Audit(siteId).Head, ["seq", "hash", "ms", "first"]));
        return new AuditHead(
            fields[0].IsNull ? 0 : (long)fields[0], fields[1].IsNull ? null : fields[1].ToString(),
            fields[2].IsNull ? 0 : (long)fields[2], fields[3].IsNull ? null : fields[3].ToString());
    }

    /// <summary>Appends <paramref name="entry"/> if the head is still at seq - 1; false when another writer got there first.</summary>
    public async Task<bool> TryAppendAsync(string? siteId, AuditEntry entry, long milliseconds, DateTimeOffset trimBefore)
    {
        var (stream, head) = RedisKeys.Audit(siteId);
        var values = new RedisValue[]
        {
            entry.Seq - 1, $"{milliseconds}-{entry.Seq}", JsonSerializer.Serialize(entry, StorageJson.Options), entry.Hash,
            milliseconds, trimBefore.ToUnixTimeMilliseconds(),
        };
        var result = await redis.RunAsync(database => database.ScriptEvaluateAsync(AppendScript, [stream, head], values));
        return (int)result == 1;
    }

    /// <summary>Entries between two stream-id bounds (Redis range syntax: <c>-</c>, <c>+</c>, <c>(id</c>, <c>ms</c>).</summary>
    public async Task<IReadOnlyList<(string Id, AuditEntry Entry)>> RangeAsync(
        string? siteId, string first, string second, int count, bool newestFirst)
    {
        var values = new RedisValue[] { newestFirst ? "XREVRANGE" : "XRANGE", first, second, count };
        var reply = (RedisResult[])(await redis.RunAsync(database =>
            database.ScriptEvaluateAsync(RangeScript, [RedisKeys.Audit(siteId).Stream], values)))!;
        return reply.Select(item =>
        {
            var pair = (RedisResult[])item!;
            var fields = (RedisResult[])pair[1]!;
            return ((string)pair[0]!, JsonSerializer.Deserialize<AuditEntry>((string)fields[1]!, StorageJson.Options)!);
        }).ToList();
    }
}

/// <summary>The newest entry's seq and hash, its time, and the first stream id kept after trimming (null: never trimmed).</summary>
public sealed record AuditHead(long Seq, string? Hash, long Milliseconds, string? FirstKept);
