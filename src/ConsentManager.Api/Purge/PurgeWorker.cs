using ConsentManager.Api.Storage;

namespace ConsentManager.Api.Purge;

/// <summary>Runs queued purges one after another; at start, resumes every purge a previous process left unfinished.</summary>
internal sealed class PurgeWorker(SitePurger purger, RedisPurgeStore store, PurgeQueue queue, ILogger<PurgeWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            foreach (var job in await store.ListUnfinishedAsync())
            {
                logger.LogInformation("Resuming the purge of site {SiteId}", job.SiteId);
                queue.Enqueue(job.SiteId);
            }
        }
        catch (StoreUnavailableException exception)
        {
            // Not fatal: a repeated DELETE of the site enqueues its unfinished purge again.
            logger.LogWarning(exception, "Could not look for unfinished purges: Redis is unreachable");
        }

        await foreach (var siteId in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await purger.RunAsync(siteId);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "The purge of site {SiteId} stopped; a repeated DELETE or the next start resumes it", siteId);
            }
        }
    }
}
