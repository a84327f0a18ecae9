using System.Globalization;
using ConsentManager.Api.Storage;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ConsentManager.Api.Consents;

/// <summary>
/// Receipts and history of a visitor (layout in <see cref="RedisKeys"/>). Both share the hash tag
/// <c>{siteId:visitorId}</c>, so each script touches one slot and runs unchanged on Redis Cluster. A receipt is stored
/// once, as one string (its fingerprint, then the form <see cref="ReceiptFormat"/> chose); the history's last entry
/// is the current receipt (<see cref="ReceiptOptions.Layout"/> 2; layout 1, written during a rolling upgrade, is read
/// as well).
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
        var ttl = receipt.ExpiresAt - receipt.RecordedAt + retention;
        var keys = new RedisKey[]
        {
            RedisKeys.Receipt(receipt.SiteId, receipt.VisitorId, receipt.ReceiptId),
            RedisKeys.VisitorHistory(receipt.SiteId, receipt.VisitorId),
            RedisKeys.LegacyVisitorCurrent(receipt.SiteId, receipt.VisitorId),
        };
        var values = new RedisValue[]
        {
            receipt.ReceiptId, Stored(fingerprint, ReceiptFormat.Write(receipt, options.Value.CompactStorage)), fingerprint,
            (long)ttl.TotalMilliseconds, receipt.PreviousReceiptId ?? "", options.Value.Layout,
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

    // The history's last entry, in one round trip.
    public async Task<ConsentReceipt?> FindCurrentAsync(string siteId, string visitorId) =>
        (await GetHistoryAsync(siteId, visitorId, 1)).SingleOrDefault();

    public async Task<ConsentReceipt?> FindReceiptAsync(string siteId, string visitorId, string receiptId)
    {
        var data = (RedisValue)(await redis.RunAsync(database => database.ScriptEvaluateAsync(
            RedisScripts.ReadReceipt, [RedisKeys.Receipt(siteId, visitorId, receiptId)])))!;
        return data.IsNull ? null : Read(data);
    }

    public async Task<IReadOnlyList<ConsentReceipt>> GetHistoryAsync(string siteId, string visitorId, int limit)
    {
        var found = (RedisValue[])(await redis.RunAsync(database => database.ScriptEvaluateAsync(
            RedisScripts.ReadHistory, [RedisKeys.VisitorHistory(siteId, visitorId)],
            [RedisKeys.ReceiptPrefix(siteId, visitorId), -limit])))!;
        return found.Select(Read).ToList();
    }

    // What the receipt's key holds: the fingerprint's 32 bytes, then the data (the scripts split them there).
    private static byte[] Stored(string fingerprint, byte[] data) => [.. Convert.FromHexString(fingerprint), .. data];

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
