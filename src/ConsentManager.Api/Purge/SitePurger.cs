using ConsentManager.Api.Audit;
using ConsentManager.Api.Errors;
using ConsentManager.Api.Freshness;
using ConsentManager.Api.Security;
using ConsentManager.Api.Sites;
using ConsentManager.Api.Storage;
using StackExchange.Redis;

namespace ConsentManager.Api.Purge;

/// <summary>
/// End of contract: removes every key of a site. Starting is idempotent (a second request returns the job in force);
/// running is resumable: each step deletes what is still there, so a job interrupted by a crash is run again from
/// the top at the next start. The site's definition goes first (the site answers 404 from then on), its API key
/// records last (so the admin who started it can follow it). Audited in the global log, which outlives the site.
/// </summary>
public sealed class SitePurger(
    SiteDirectory sites, IApiKeyStore keys, RedisPurgeStore store, PurgeQueue queue, AuditLog audit, VisitorChangeSignal signal,
    TimeProvider time)
{
    public async Task<PurgeStatus> StartAsync(string siteId, AuditActor actor)
    {
        if (await store.FindAsync(siteId) is { } existing)
        {
            if (!existing.Done)
            {
                queue.Enqueue(siteId);
            }

            return existing.ToStatus();
        }

        await sites.GetRequiredAsync(siteId);
        var keyIds = (await keys.ListAsync(siteId)).Select(key => key.KeyId).ToList();
        var job = await store.StartAsync(new PurgeJob(siteId, false, 0, time.GetUtcNow(), null, keyIds));
        await audit.RecordAsync(null, AuditActions.PurgeStarted, actor, StatusCodes.Status202Accepted, detail: $"site '{siteId}'");
        queue.Enqueue(siteId);
        return job.ToStatus();
    }

    public async Task<PurgeStatus> GetStatusAsync(string siteId) =>
        (await store.FindAsync(siteId))?.ToStatus() ?? throw ApiProblemException.NotFound($"Site '{siteId}' has no purge.");

    public async Task RunAsync(string siteId)
    {
        if (await store.FindAsync(siteId) is not { Done: false } job)
        {
            return;
        }

        var removed = job.KeysRemoved + await store.DeleteAsync([RedisKeys.Site(siteId)]);
        sites.Forget(siteId);
        await store.DeleteMatchingAsync(RedisKeys.SitePattern(siteId), async count =>
        {
            removed += count;
            await store.SaveAsync(job with { KeysRemoved = removed });
        });
        var keyRecords = job.ApiKeyIds.SelectMany(keyId => new RedisKey[] { RedisKeys.ApiKey(keyId), RedisKeys.ApiKeyUsed(keyId) });
        removed += await store.DeleteAsync(keyRecords);
        await signal.PublishSiteAsync(siteId);

        await store.SaveAsync(job with { Done = true, KeysRemoved = removed, FinishedAt = time.GetUtcNow() });
        await audit.RecordAsync(null, AuditActions.PurgeFinished, AuditActor.System, StatusCodes.Status200OK,
            detail: $"site '{siteId}': {removed} keys removed");
    }
}
