using ConsentManager.Api.Storage;
using StackExchange.Redis;

namespace ConsentManager.Api.Texts;

/// <summary>
/// Archived text sets (<see cref="RedisKeys.ArchivedText"/>): written with NX and without expiry, so nothing the
/// API does overwrites or deletes a text a receipt may name.
/// </summary>
internal sealed class RedisTextStore(RedisConnection redis) : ITextStore
{
    public Task ArchiveAsync(string siteId, string textHash, string json) =>
        redis.RunAsync(database =>
            database.StringSetAsync(RedisKeys.ArchivedText(siteId, textHash), json, when: When.NotExists));

    public async Task<string?> FindAsync(string siteId, string textHash) =>
        await redis.RunAsync(database => database.StringGetAsync(RedisKeys.ArchivedText(siteId, textHash)));
}
