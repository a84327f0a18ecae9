using System.Text.Json;
using ConsentManager.Api.Storage;
using StackExchange.Redis;

namespace ConsentManager.Api.Purge;

/// <summary>
/// Purge jobs in one hash outside every site's keys (<c>cm:jobs:purge</c>: site id → job JSON), so a finished purge
/// leaves its status but no key of the site; and the deletion of a site's keys, found by SCAN on every master.
/// </summary>
public sealed class RedisPurgeStore(RedisConnection redis)
{
    public async Task<PurgeJob?> FindAsync(string siteId)
    {
        var value = await redis.RunAsync(database => database.HashGetAsync(RedisKeys.PurgeJobs, siteId));
        return value.IsNull ? null : JsonSerializer.Deserialize<PurgeJob>(value.ToString(), StorageJson.Options);
    }

    /// <summary>Stores a new job unless one exists; returns the job in force.</summary>
    public async Task<PurgeJob> StartAsync(PurgeJob job) =>
        await redis.RunAsync(database => database.HashSetAsync(RedisKeys.PurgeJobs, job.SiteId, Serialize(job), When.NotExists))
            ? job
            : await FindAsync(job.SiteId) ?? job;

    public Task SaveAsync(PurgeJob job) =>
        redis.RunAsync(database => database.HashSetAsync(RedisKeys.PurgeJobs, job.SiteId, Serialize(job)));

    public async Task<IReadOnlyList<PurgeJob>> ListUnfinishedAsync()
    {
        var entries = await redis.RunAsync(database => database.HashGetAllAsync(RedisKeys.PurgeJobs));
        return entries.Select(entry => JsonSerializer.Deserialize<PurgeJob>(entry.Value.ToString(), StorageJson.Options)!)
            .Where(job => !job.Done).ToList();
    }

    /// <summary>Deletes every key matching the pattern, reporting the count after each page of them.</summary>
    public async Task DeleteMatchingAsync(string pattern, Func<long, Task> onBatch)
    {
        await foreach (var page in redis.ScanMastersAsync(pattern))
        {
            await onBatch(await DeleteAsync(page));
        }
    }

    /// <summary>One key per DEL: the keys can sit in different cluster slots.</summary>
    public async Task<long> DeleteAsync(IEnumerable<RedisKey> keys)
    {
        var deleted = await redis.RunAsync(database => Task.WhenAll(keys.Select(key => database.KeyDeleteAsync(key))));
        return deleted.Count(removed => removed);
    }

    private static string Serialize(PurgeJob job) => JsonSerializer.Serialize(job, StorageJson.Options);
}
