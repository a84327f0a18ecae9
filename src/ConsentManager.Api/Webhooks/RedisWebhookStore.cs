using System.Text.Json;
using ConsentManager.Api.Storage;
using StackExchange.Redis;

namespace ConsentManager.Api.Webhooks;

/// <summary>
/// Webhooks in the site's hash tag (layout in <see cref="RedisKeys"/>), beside the site's change feed, so saving one
/// also creates the feed's consumer group in the same script. The group starts at the feed's end: a new webhook
/// gets the changes after it, not the site's past.
/// </summary>
internal sealed class RedisWebhookStore(RedisConnection redis) : IWebhookStore
{
    public const string ConsumerGroup = "webhooks";

    /// <summary>Attempts kept per webhook for the deliveries endpoint.</summary>
    internal const int LogLength = 50;

    // KEYS: webhooks, feed stream. ARGV: webhook id, JSON, group.
    private const string SaveScript = """
        local created = redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
        pcall(redis.call, 'XGROUP', 'CREATE', KEYS[2], ARGV[3], '$', 'MKSTREAM')
        return created
        """;

    public async Task<bool> SaveAsync(string siteId, WebhookRecord webhook)
    {
        // The dispatchers find the site by this set first, so a saved webhook is never invisible to them.
        await redis.RunAsync(database => database.SetAddAsync(RedisKeys.WebhookSites, siteId));
        var keys = new RedisKey[] { RedisKeys.Webhooks(siteId), RedisKeys.SiteChanges(siteId) };
        var values = new RedisValue[] { webhook.WebhookId, JsonSerializer.Serialize(webhook, StorageJson.Options), ConsumerGroup };
        var created = await redis.RunAsync(database => database.ScriptEvaluateAsync(SaveScript, keys, values));
        return (long)created == 1;
    }

    public async Task<(WebhookRecord Webhook, DateTimeOffset? FailingSince)?> FindAsync(string siteId, string webhookId)
    {
        var (json, failing) = await redis.RunAsync(async database =>
            (await database.HashGetAsync(RedisKeys.Webhooks(siteId), webhookId),
             await database.HashGetAsync(RedisKeys.WebhooksFailing(siteId), webhookId)));
        if (json.IsNull)
        {
            return null;
        }

        var webhook = JsonSerializer.Deserialize<WebhookRecord>(json.ToString(), StorageJson.Options)!;
        return (webhook, failing.IsNull ? null : DateTimeOffset.FromUnixTimeMilliseconds((long)failing));
    }

    public Task<bool> DeleteAsync(string siteId, string webhookId) =>
        redis.RunAsync(async database =>
        {
            var deleted = await database.HashDeleteAsync(RedisKeys.Webhooks(siteId), webhookId);
            // Its pending deliveries are dropped by the next claim, which finds the webhook gone.
            await database.HashDeleteAsync(RedisKeys.WebhooksFailing(siteId), webhookId);
            await database.KeyDeleteAsync(RedisKeys.WebhookLog(siteId, webhookId));
            return deleted;
        });

    public async Task<IReadOnlyList<DeliveryAttempt>> GetDeliveriesAsync(string siteId, string webhookId)
    {
        var entries = await redis.RunAsync(database => database.ListRangeAsync(RedisKeys.WebhookLog(siteId, webhookId), 0, LogLength - 1));
        return entries.Select(entry => JsonSerializer.Deserialize<DeliveryAttempt>(entry.ToString(), StorageJson.Options)!).ToList();
    }
}
