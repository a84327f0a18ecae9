using System.Text.Json;
using ConsentManager.Api.Storage;
using StackExchange.Redis;

namespace ConsentManager.Api.Security;

/// <summary>Key records under <c>cm:key:{keyId}</c>, indexed per site in <c>cm:site:{siteId}:keys</c> (see <see cref="RedisKeys"/>).</summary>
internal sealed class RedisApiKeyStore(RedisConnection redis) : IApiKeyStore
{
    public async Task<ApiKeyRecord?> FindAsync(string keyId)
    {
        var value = await redis.RunAsync(database => database.StringGetAsync(RedisKeys.ApiKey(keyId)));
        return value.IsNull ? null : JsonSerializer.Deserialize<ApiKeyRecord>(value.ToString(), StorageJson.Options);
    }

    public async Task<IReadOnlyList<ApiKeyRecord>> ListAsync(string siteId)
    {
        var keyIds = await redis.RunAsync(database => database.SetMembersAsync(RedisKeys.SiteKeys(siteId)));
        var records = await Task.WhenAll(keyIds.Select(keyId => FindAsync(keyId.ToString())));
        return records.OfType<ApiKeyRecord>().OrderBy(record => record.CreatedAt).ToList();
    }

    public Task SaveAsync(ApiKeyRecord record) =>
        redis.RunAsync(async database =>
        {
            // The record first: a key listed but not stored would be a dangling id, never a usable key.
            await database.StringSetAsync(RedisKeys.ApiKey(record.KeyId), JsonSerializer.Serialize(record, StorageJson.Options));
            await database.SetAddAsync(RedisKeys.SiteKeys(record.SiteId), record.KeyId);
        });

    public async Task<bool> DeleteAsync(string siteId, string keyId)
    {
        var record = await FindAsync(keyId);
        if (record is null || record.SiteId != siteId)
        {
            return false;
        }

        // Deleting the record revokes the key at once; the index entry goes after it.
        await redis.RunAsync(async database =>
        {
            await database.KeyDeleteAsync(RedisKeys.ApiKey(keyId));
            await database.KeyDeleteAsync(RedisKeys.ApiKeyUsed(keyId));
            await database.SetRemoveAsync(RedisKeys.SiteKeys(siteId), (RedisValue)keyId);
        });
        return true;
    }

    public Task RecordUseAsync(string keyId, DateTimeOffset at) =>
        redis.RunAsync(database => database.StringSetAsync(RedisKeys.ApiKeyUsed(keyId), at.ToUnixTimeMilliseconds()));

    public async Task<DateTimeOffset?> FindLastUsedAsync(string keyId)
    {
        var value = await redis.RunAsync(database => database.StringGetAsync(RedisKeys.ApiKeyUsed(keyId)));
        return value.IsNull ? null : DateTimeOffset.FromUnixTimeMilliseconds((long)value);
    }
}
