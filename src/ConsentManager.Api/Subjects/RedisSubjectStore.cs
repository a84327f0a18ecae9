using System.Text.Json;
using ConsentManager.Api.Exports;
using ConsentManager.Api.Storage;
using StackExchange.Redis;

namespace ConsentManager.Api.Subjects;

/// <summary>
/// Restrictions (in the visitor's slot, so they go with the visitor), tombstones (a hash in the site's slot, keyed by
/// the visitor's keyed hash) and erasure itself. Layout in <see cref="RedisKeys"/>.
/// </summary>
public sealed class RedisSubjectStore(RedisConnection redis)
{
    public async Task<Restriction?> FindRestrictionAsync(string siteId, string visitorId)
    {
        var value = await redis.RunAsync(database => database.StringGetAsync(RedisKeys.VisitorRestriction(siteId, visitorId)));
        return value.IsNull ? null : JsonSerializer.Deserialize<Restriction>(value.ToString(), StorageJson.Options);
    }

    /// <summary>Sets the restriction unless one is in force; returns the one in force.</summary>
    public async Task<Restriction> RestrictAsync(string siteId, string visitorId, Restriction restriction)
    {
        var key = RedisKeys.VisitorRestriction(siteId, visitorId);
        var json = JsonSerializer.Serialize(restriction, StorageJson.Options);
        return await redis.RunAsync(database => database.StringSetAsync(key, json, when: When.NotExists))
            ? restriction
            : await FindRestrictionAsync(siteId, visitorId) ?? restriction;
    }

    public Task<bool> LiftRestrictionAsync(string siteId, string visitorId) =>
        redis.RunAsync(database => database.KeyDeleteAsync(RedisKeys.VisitorRestriction(siteId, visitorId)));

    public async Task<Tombstone?> FindTombstoneAsync(string siteId, string visitorHash)
    {
        var value = await redis.RunAsync(database => database.HashGetAsync(RedisKeys.SiteTombstones(siteId), visitorHash));
        return value.IsNull ? null : JsonSerializer.Deserialize<Tombstone>(value.ToString(), StorageJson.Options);
    }

    /// <summary>
    /// Erases a visitor: the tombstone first (so a replay during erasure is already refused, and a crash leaves a
    /// tombstone a repeated erasure completes), then the visitor's keys, the receipt-id owners and index entries.
    /// Returns the tombstone in force: the first one, when the visitor was erased before.
    /// </summary>
    public async Task<Tombstone> EraseAsync(string siteId, string visitorId, string visitorHash, DateTimeOffset now)
    {
        var receiptIds = (await redis.RunAsync(database => database.ListRangeAsync(RedisKeys.VisitorHistory(siteId, visitorId))))
            .Select(id => id.ToString()).ToList();
        var tombstone = new Tombstone(now, receiptIds.Count);
        var written = await redis.RunAsync(database => database.HashSetAsync(
            RedisKeys.SiteTombstones(siteId), visitorHash, JsonSerializer.Serialize(tombstone, StorageJson.Options), When.NotExists));

        RedisKey[] visitorKeys =
        [
            RedisKeys.LegacyVisitorCurrent(siteId, visitorId), RedisKeys.VisitorHistory(siteId, visitorId),
            RedisKeys.VisitorSighting(siteId, visitorId), RedisKeys.VisitorRestriction(siteId, visitorId),
            .. receiptIds.Select(receiptId => (RedisKey)RedisKeys.Receipt(siteId, visitorId, receiptId)),
        ];
        await redis.RunAsync(async database =>
        {
            // One slot ({siteId:visitorId}), so one DEL; the owners live in one slot per receipt id.
            await database.KeyDeleteAsync(visitorKeys);
            foreach (var receiptId in receiptIds)
            {
                await database.KeyDeleteAsync(RedisKeys.ReceiptOwner(siteId, receiptId));
            }

            if (receiptIds.Count > 0)
            {
                await database.SortedSetRemoveAsync(RedisKeys.SiteReceipts(siteId),
                    receiptIds.Select(receiptId => (RedisValue)ReceiptIndexMember.Of(receiptId, visitorId)).ToArray());
            }
        });
        return written ? tombstone : await FindTombstoneAsync(siteId, visitorHash) ?? tombstone;
    }
}
