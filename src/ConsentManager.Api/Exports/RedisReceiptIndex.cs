using ConsentManager.Api.Storage;
using StackExchange.Redis;

namespace ConsentManager.Api.Exports;

/// <summary>
/// Every receipt of a site, scored by when it was recorded (<c>cm:site:{siteId}:receipts</c>, one slot): the
/// per-site index that export and incident windows read instead of scanning the keyspace.
/// </summary>
public sealed class RedisReceiptIndex(RedisConnection redis)
{
    public Task AddAsync(string siteId, string receiptId, string visitorId, DateTimeOffset recordedAt) =>
        redis.RunAsync(database => database.SortedSetAddAsync(
            RedisKeys.SiteReceipts(siteId), ReceiptIndexMember.Of(receiptId, visitorId), recordedAt.ToUnixTimeMilliseconds()));

    public Task<long> CountAsync(string siteId) =>
        redis.RunAsync(database => database.SortedSetLengthAsync(RedisKeys.SiteReceipts(siteId)));

    /// <summary>Up to <paramref name="count"/> entries recorded in [from, to], oldest first, skipping <paramref name="offset"/>.</summary>
    public async Task<IReadOnlyList<IndexedReceipt>> RangeAsync(string siteId, DateTimeOffset? from, DateTimeOffset? to, long offset, int count)
    {
        var entries = await redis.RunAsync(database => database.SortedSetRangeByScoreWithScoresAsync(
            RedisKeys.SiteReceipts(siteId),
            from?.ToUnixTimeMilliseconds() ?? double.NegativeInfinity,
            to?.ToUnixTimeMilliseconds() ?? double.PositiveInfinity,
            skip: offset, take: count));
        return entries.Select(entry =>
        {
            var (receiptId, visitorId) = ReceiptIndexMember.Parse(entry.Element.ToString());
            return new IndexedReceipt(receiptId, visitorId, DateTimeOffset.FromUnixTimeMilliseconds((long)entry.Score));
        }).ToList();
    }
}
