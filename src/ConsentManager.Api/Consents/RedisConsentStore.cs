using System.Text.Json;
using ConsentManager.Api.Storage;
using ConsentManager.Api.Visitors;
using StackExchange.Redis;

namespace ConsentManager.Api.Consents;

/// <summary>
/// Receipts, current state and history of a visitor (layout in <see cref="RedisKeys"/>). All three share the hash
/// tag <c>{siteId:visitorId}</c>, so the append script touches one slot and runs unchanged on Redis Cluster.
/// A receipt's JSON is stored without its previous-receipt link, which only the script knows; reads merge it back.
/// </summary>
internal sealed class RedisConsentStore(RedisConnection redis) : IConsentStore
{
    // KEYS: receipt, current, history. ARGV: receiptId, data, fingerprint, ttl in ms.
    private const string AppendScript = """
        local fingerprint = redis.call('HGET', KEYS[1], 'fp')
        if fingerprint then
          if fingerprint == ARGV[3] then
            return {'stored', redis.call('HGET', KEYS[1], 'data'), redis.call('HGET', KEYS[1], 'prev')}
          end
          return {'conflict'}
        end
        local previous = redis.call('HGET', KEYS[2], 'id') or ''
        redis.call('HSET', KEYS[1], 'data', ARGV[2], 'fp', ARGV[3], 'prev', previous)
        redis.call('PEXPIRE', KEYS[1], ARGV[4])
        redis.call('HSET', KEYS[2], 'id', ARGV[1], 'data', ARGV[2], 'prev', previous)
        redis.call('RPUSH', KEYS[3], ARGV[1])
        for _, key in ipairs({KEYS[2], KEYS[3]}) do
          if redis.call('PTTL', key) < tonumber(ARGV[4]) then redis.call('PEXPIRE', key, ARGV[4]) end
        end
        return {'created', ARGV[2], previous}
        """;

    public async Task<string> ClaimReceiptIdAsync(string siteId, string receiptId, string visitorId, TimeSpan retention)
    {
        var key = RedisKeys.ReceiptOwner(siteId, receiptId);
        return await redis.RunAsync(async database =>
            await database.StringSetAsync(key, visitorId, retention, When.NotExists)
                ? visitorId
                : (string?)await database.StringGetAsync(key) ?? visitorId);
    }

    public async Task<AppendResult> AppendAsync(ConsentReceipt receipt, string fingerprint, TimeSpan retention)
    {
        var data = JsonSerializer.Serialize(receipt with { PreviousReceiptId = null }, StorageJson.Options);
        var ttl = receipt.ExpiresAt - receipt.RecordedAt + retention;
        var keys = new RedisKey[]
        {
            RedisKeys.Receipt(receipt.SiteId, receipt.VisitorId, receipt.ReceiptId),
            RedisKeys.VisitorCurrent(receipt.SiteId, receipt.VisitorId),
            RedisKeys.VisitorHistory(receipt.SiteId, receipt.VisitorId),
        };
        var values = new RedisValue[] { receipt.ReceiptId, data, fingerprint, (long)ttl.TotalMilliseconds };
        var reply = (RedisResult[])(await redis.RunAsync(database => database.ScriptEvaluateAsync(AppendScript, keys, values)))!;

        return (string?)reply[0] switch
        {
            "created" => new AppendResult(AppendOutcome.Created, Read(reply[1], reply[2])),
            "stored" => new AppendResult(AppendOutcome.AlreadyStored, Read(reply[1], reply[2])),
            _ => new AppendResult(AppendOutcome.Conflict, null),
        };
    }

    public async Task<ConsentReceipt?> FindCurrentAsync(string siteId, string visitorId)
    {
        var fields = await redis.RunAsync(database =>
            database.HashGetAsync(RedisKeys.VisitorCurrent(siteId, visitorId), ["data", "prev"]));
        return fields[0].IsNull ? null : Read(fields[0], fields[1]);
    }

    public async Task<ConsentReceipt?> FindReceiptAsync(string siteId, string visitorId, string receiptId)
    {
        var fields = await redis.RunAsync(database =>
            database.HashGetAsync(RedisKeys.Receipt(siteId, visitorId, receiptId), ["data", "prev"]));
        return fields[0].IsNull ? null : Read(fields[0], fields[1]);
    }

    public Task RecordSightingAsync(VisitorSighting sighting, TimeSpan lifetime) =>
        redis.RunAsync(database => database.StringSetAsync(
            RedisKeys.VisitorSighting(sighting.SiteId, sighting.VisitorId), JsonSerializer.Serialize(sighting, StorageJson.Options), lifetime));

    public async Task<VisitorSighting?> FindSightingAsync(string siteId, string visitorId)
    {
        var value = await redis.RunAsync(database => database.StringGetAsync(RedisKeys.VisitorSighting(siteId, visitorId)));
        return value.IsNull ? null : JsonSerializer.Deserialize<VisitorSighting>(value.ToString(), StorageJson.Options);
    }

    public async Task<IReadOnlyList<ConsentReceipt>> GetHistoryAsync(string siteId, string visitorId, int limit)
    {
        var receiptIds = await redis.RunAsync(database =>
            database.ListRangeAsync(RedisKeys.VisitorHistory(siteId, visitorId), -limit, -1));
        var receipts = await redis.RunAsync(database => Task.WhenAll(receiptIds.Select(receiptId =>
            database.HashGetAsync(RedisKeys.Receipt(siteId, visitorId, receiptId!), ["data", "prev"]))));
        return receipts.Where(fields => !fields[0].IsNull).Select(fields => Read(fields[0], fields[1])).ToList();
    }

    private static ConsentReceipt Read(RedisValue data, RedisValue previous)
    {
        var receipt = JsonSerializer.Deserialize<ConsentReceipt>(data.ToString(), StorageJson.Options)!;
        return receipt with { PreviousReceiptId = previous.IsNullOrEmpty ? null : previous.ToString() };
    }

    private static ConsentReceipt Read(RedisResult data, RedisResult previous) => Read((RedisValue)data, (RedisValue)previous);
}
