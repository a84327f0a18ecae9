using ConsentManager.Api.Storage;
using StackExchange.Redis;

namespace ConsentManager.IntegrationTests.Infrastructure;

/// <summary>
/// A receipt as Redis holds it (layout in RedisKeys): one string, the 32-byte content fingerprint, then the data. For
/// tests that edit a receipt behind the API's back.
/// </summary>
internal static class StoredReceipts
{
    private const int FingerprintLength = 32;

    public static async Task<(byte[] Fingerprint, byte[] Data)> ReadAsync(IDatabase database, string siteId, string visitorId, string receiptId)
    {
        var stored = (byte[])(await database.StringGetAsync(RedisKeys.Receipt(siteId, visitorId, receiptId)))!;
        return (stored[..FingerprintLength], stored[FingerprintLength..]);
    }

    /// <summary>Replaces the data, keeping the fingerprint and the expiry.</summary>
    public static async Task WriteDataAsync(IDatabase database, string siteId, string visitorId, string receiptId, byte[] data)
    {
        var (fingerprint, _) = await ReadAsync(database, siteId, visitorId, receiptId);
        var key = RedisKeys.Receipt(siteId, visitorId, receiptId);
        await database.StringSetAsync(key, (byte[])[.. fingerprint, .. data], await database.KeyTimeToLiveAsync(key));
    }
}
