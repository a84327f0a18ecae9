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

    public Task SaveAsync(Site site, string savedBy) =>
        redis.RunAsync(async database =>
        {
            // The list position is the version number, so the stored entry carries none.
            var version = new SiteVersion(0, site.Definition, site.UpdatedAt, savedBy);
            await database.StringSetAsync(RedisKeys.Site(site.Id), JsonSerializer.Serialize(site, StorageJson.Options));
            await database.ListRightPushAsync(RedisKeys.SiteHistory(site.Id), JsonSerializer.Serialize(version, StorageJson.Options));
        });

    public async Task<IReadOnlyList<SiteVersion>> GetHistoryAsync(string siteId)
    {
        var entries = await redis.RunAsync(database => database.ListRangeAsync(RedisKeys.SiteHistory(siteId)));
        return entries.Select((entry, index) =>
            JsonSerializer.Deserialize<SiteVersion>(entry.ToString(), StorageJson.Options)! with { Version = index + 1 }).ToList();
    }
}
