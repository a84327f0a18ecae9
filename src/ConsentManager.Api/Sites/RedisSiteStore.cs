using System.Text.Json;
using ConsentManager.Api.Storage;

namespace ConsentManager.Api.Sites;

/// <summary>Sites as JSON strings under <c>cm:site:{siteId}</c> (layout in <see cref="RedisKeys"/>).</summary>
internal sealed class RedisSiteStore(RedisConnection redis) : ISiteStore
{
    public async Task<Site?> FindAsync(string siteId)
    {
        var value = await redis.RunAsync(database => database.StringGetAsync(RedisKeys.Site(siteId)));
        return value.IsNull ? null : JsonSerializer.Deserialize<Site>(value.ToString(), StorageJson.Options);
    }

    public Task SaveAsync(Site site) =>
        redis.RunAsync(database => database.StringSetAsync(RedisKeys.Site(site.Id), JsonSerializer.Serialize(site, StorageJson.Options)));
}
