using System.Globalization;
using ConsentManager.Api.Storage;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ConsentManager.Api.Consents;

/// <summary>
/// Receipts, current state and history of a visitor (layout in <see cref="RedisKeys"/>). All three share the hash
/// tag <c>{siteId:visitorId}</c>, so the append script touches one slot and runs unchanged on Redis Cluster. A
/// receipt is stored once (in its own hash, in the form <see cref="ReceiptFormat"/> chose); <c>current</c> holds only
/// its id.
/// </summary>
internal sealed class RedisConsentStore(RedisConnection redis, IOptions<ReceiptOptions> options) : IConsentStore
{
    public async Task<ReceiptClaim> ClaimReceiptIdAsync(
        string siteId, string receiptId, ReceiptClaim claim, TimeSpan retention)
    {
        var key = RedisKeys.ReceiptOwner(siteId, receiptId);
        return await redis.RunAsync(async database =>
            await database.StringSetAsync(key, Encode(claim), retention, When.NotExists)
                ? claim
                : Decode(await database.StringGetAsync(key)) ?? claim);
    }

    public async Task<ReceiptClaim?> FindClaimAsync(string siteId, string receiptId) =>
        Decode(await redis.RunAsync(database => database.StringGetAsync(RedisKeys.ReceiptOwner(siteId, receiptId))));

    public async Task<AppendResult> AppendAsync(ConsentReceipt receipt, string fingerprint, TimeSpan retention)
    {
        var data = ReceiptFormat.Write(receipt, options.Value.CompactStorage);
        var ttl = receipt.ExpiresAt - receipt.RecordedAt + retention;
        var keys = new RedisKey[]
        {
            RedisKeys.Receipt(receipt.SiteId, receipt.VisitorId, receipt.ReceiptId),
            RedisKeys.VisitorCurrent(receipt.SiteId, receipt.VisitorId),
            RedisKeys.VisitorHistory(receipt.SiteId, receipt.VisitorId),
        };
        var values = new RedisValue[]
        {
            receipt.ReceiptId, data, fingerprint, (long)ttl.TotalMilliseconds, receipt.PreviousReceiptId ?? "",
        };
        var reply = (RedisResult[])(await redis.RunAsync(database =>
            database.ScriptEvaluateAsync(RedisScripts.AppendReceipt, keys, values)))!;

        return (string?)reply[0] switch
        {
            "created" => new AppendResult(AppendOutcome.Created, receipt),
            "stored" => new AppendResult(AppendOutcome.AlreadyStored, Read((RedisValue)reply[1])),
            "moved" => new AppendResult(AppendOutcome.Moved, null),
            _ => new AppendResult(AppendOutcome.Conflict, null),
        };
    }

    public async Task<ConsentReceipt?> FindCurrentAsync(string siteId, string visitorId)
    {
        var receiptId = await redis.RunAsync(database =>
            database.StringGetAsync(RedisKeys.VisitorCurrent(siteId, visitorId)));
        return receiptId.IsNull ? null : await FindReceiptAsync(siteId, visitorId, receiptId.ToString());
    }

    public async Task<ConsentReceipt?> FindReceiptAsync(string siteId, string visitorId, string receiptId)
    {
        var data = await redis.RunAsync(database =>
            database.HashGetAsync(RedisKeys.Receipt(siteId, visitorId, receiptId), "data"));
        return data.IsNull ? null : Read(data);
    }

    public async Task<IReadOnlyList<ConsentReceipt>> GetHistoryAsync(string siteId, string visitorId, int limit)
    {
        var receiptIds = await redis.RunAsync(database =>
            database.ListRangeAsync(RedisKeys.VisitorHistory(siteId, visitorId), -limit, -1));
        var receipts = await redis.RunAsync(database => Task.WhenAll(receiptIds.Select(receiptId =>
            database.HashGetAsync(RedisKeys.Receipt(siteId, visitorId, receiptId!), "data"))));
        return receipts.Where(data => !data.IsNull).Select(Read).ToList();
    }

    private static ConsentReceipt Read(RedisValue data) => ReceiptFormat.Read(data!);

    // "visitorId" for a visitor who proved itself, "visitorId mintedAtUnixMs" for one the request minted.
    private static string Encode(ReceiptClaim claim) =>
        claim.MintedAt is { } minted ? $"{claim.VisitorId} {minted.ToUnixTimeMilliseconds()}" : claim.VisitorId;

    private static ReceiptClaim? Decode(RedisValue value)
    {
        if (value.IsNull)
        {
            return null;
        }

        var parts = value.ToString().Split(' ');
        return parts.Length == 2 && long.TryParse(parts[1], CultureInfo.InvariantCulture, out var milliseconds)
            ? new ReceiptClaim(parts[0], DateTimeOffset.FromUnixTimeMilliseconds(milliseconds))
            : new ReceiptClaim(parts[0], null);
    }
}
