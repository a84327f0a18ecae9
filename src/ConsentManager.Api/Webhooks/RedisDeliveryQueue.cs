using System.Text.Json;
using ConsentManager.Api.Changes;
using ConsentManager.Api.Storage;
using StackExchange.Redis;

namespace ConsentManager.Api.Webhooks;

/// <summary>
/// Turns a site's change feed into delivery jobs and hands them out (layout in <see cref="RedisKeys"/>; every key in
/// the site's hash tag, so each script runs in one Cluster slot). Reading from the consumer group, creating the jobs
/// and acknowledging happen in one script: an event is either still unread or fully queued, never half, and each
/// entry goes to one instance. Jobs are claimed with a lease, so an instance that dies mid-attempt only delays it.
/// </summary>
internal sealed class RedisDeliveryQueue(RedisConnection redis)
{
    // KEYS: stream, webhooks, due. ARGV: group, consumer, batch size, now ms, job key prefix.
    private const string FanOutScript = """
        local read = redis.pcall('XREADGROUP', 'GROUP', ARGV[1], ARGV[2], 'COUNT', ARGV[3], 'STREAMS', KEYS[1], '>')
        if type(read) ~= 'table' or read.err then return 0 end
        local hooks = redis.call('HGETALL', KEYS[2])
        local queued = 0
        for _, entry in ipairs(read[1][2]) do
          local eventId, json = entry[2][2], entry[2][4]
          local eventType = cjson.decode(json).type
          for i = 1, #hooks, 2 do
            for _, wanted in ipairs(cjson.decode(hooks[i + 1]).events) do
              local job = ARGV[5] .. hooks[i] .. ':' .. eventId
              if wanted == eventType and redis.call('EXISTS', job) == 0 then
                redis.call('HSET', job, 'event', json, 'attempts', 0, 'first', ARGV[4])
                redis.call('ZADD', KEYS[3], ARGV[4], hooks[i] .. '|' .. eventId)
                queued = queued + 1
              end
            end
          end
          redis.call('XACK', KEYS[1], ARGV[1], entry[1])
          redis.call('XDEL', KEYS[1], entry[1])
        end
        return queued
        """;

    // KEYS: due, webhooks. ARGV: now ms, lease ms, batch size, job key prefix, claim token.
    private const string ClaimScript = """
        local claimed = {}
        for _, member in ipairs(redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, ARGV[3])) do
          local split = string.find(member, '|', 1, true)
          local hookId = string.sub(member, 1, split - 1)
          local job = ARGV[4] .. hookId .. ':' .. string.sub(member, split + 1)
          local hook = redis.call('HGET', KEYS[2], hookId)
          if hook and redis.call('EXISTS', job) == 1 then
            redis.call('ZADD', KEYS[1], tonumber(ARGV[1]) + tonumber(ARGV[2]), member)
            local attempt = redis.call('HINCRBY', job, 'attempts', 1)
            redis.call('HSET', job, 'claim', ARGV[5])
            table.insert(claimed, {hook, redis.call('HGET', job, 'event'), attempt, redis.call('HGET', job, 'first')})
          else
            redis.call('ZREM', KEYS[1], member)
            redis.call('DEL', job)
          end
        end
        return claimed
        """;

    // KEYS: due, job, log, failing. ARGV: member, claim, outcome, next due ms, attempt JSON, webhook id, now ms, log length.
    private const string CompleteScript = """
        if redis.call('HGET', KEYS[2], 'claim') ~= ARGV[2] then return 0 end
        redis.call('LPUSH', KEYS[3], ARGV[5])
        redis.call('LTRIM', KEYS[3], 0, tonumber(ARGV[8]) - 1)
        if ARGV[3] == 'failed' then
          redis.call('ZADD', KEYS[1], ARGV[4], ARGV[1])
          return 1
        end
        redis.call('ZREM', KEYS[1], ARGV[1])
        redis.call('DEL', KEYS[2])
        if ARGV[3] == 'delivered' then
          redis.call('HDEL', KEYS[4], ARGV[6])
        else
          redis.call('HSETNX', KEYS[4], ARGV[6], ARGV[7])
        end
        return 1
        """;

    public async Task<IReadOnlyList<string>> SitesAsync()
    {
        var members = await redis.RunAsync(database => database.SetMembersAsync(RedisKeys.WebhookSites));
        return members.Select(member => member.ToString()).ToList();
    }

    /// <summary>Queues the site's unread changes for its webhooks; returns how many jobs it created.</summary>
    public async Task<long> FanOutAsync(string siteId, string consumer, int batchSize, DateTimeOffset now)
    {
        var keys = new RedisKey[] { RedisKeys.SiteChanges(siteId), RedisKeys.Webhooks(siteId), RedisKeys.WebhookDue(siteId) };
        var values = new RedisValue[]
        {
            RedisWebhookStore.ConsumerGroup, consumer, batchSize, now.ToUnixTimeMilliseconds(), RedisKeys.WebhookJobPrefix(siteId),
        };
        return (long)await redis.RunAsync(database => database.ScriptEvaluateAsync(FanOutScript, keys, values));
    }

    public async Task<IReadOnlyList<PendingDelivery>> ClaimAsync(string siteId, int batchSize, TimeSpan lease, DateTimeOffset now)
    {
        var claim = Guid.NewGuid().ToString("N");
        var keys = new RedisKey[] { RedisKeys.WebhookDue(siteId), RedisKeys.Webhooks(siteId) };
        var values = new RedisValue[]
        {
            now.ToUnixTimeMilliseconds(), (long)lease.TotalMilliseconds, batchSize, RedisKeys.WebhookJobPrefix(siteId), claim,
        };
        var reply = (RedisResult[])(await redis.RunAsync(database => database.ScriptEvaluateAsync(ClaimScript, keys, values)))!;
        return reply.Select(item => (RedisResult[])item!).Select(fields => new PendingDelivery(
            siteId,
            JsonSerializer.Deserialize<WebhookRecord>((string)fields[0]!, StorageJson.Options)!,
            JsonSerializer.Deserialize<ChangeEvent>((string)fields[1]!, StorageJson.Options)!,
            (int)fields[2],
            DateTimeOffset.FromUnixTimeMilliseconds((long)fields[3]),
            claim)).ToList();
    }

    /// <summary>Logs the attempt and reschedules (failed), finishes (delivered) or drops (gave_up) the job.</summary>
    public Task CompleteAsync(PendingDelivery delivery, DeliveryAttempt attempt, DateTimeOffset now)
    {
        var (siteId, webhookId) = (delivery.SiteId, delivery.Webhook.WebhookId);
        var keys = new RedisKey[]
        {
            RedisKeys.WebhookDue(siteId), $"{RedisKeys.WebhookJobPrefix(siteId)}{webhookId}:{delivery.Change.Id}",
            RedisKeys.WebhookLog(siteId, webhookId), RedisKeys.WebhooksFailing(siteId),
        };
        var values = new RedisValue[]
        {
            delivery.Member, delivery.Claim, attempt.Status, attempt.NextRetryAt?.ToUnixTimeMilliseconds() ?? 0,
            JsonSerializer.Serialize(attempt, StorageJson.Options), webhookId, now.ToUnixTimeMilliseconds(), RedisWebhookStore.LogLength,
        };
        return redis.RunAsync(database => database.ScriptEvaluateAsync(CompleteScript, keys, values));
    }
}
