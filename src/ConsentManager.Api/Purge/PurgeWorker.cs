using ConsentManager.Api.Storage;

namespace ConsentManager.Api.Purge;

/// <summary>
/// Runs queued purges one after another; at start, resumes every purge a previous process left unfinished. A store
/// outage pauses the work and it goes on by itself once Redis answers: a purge is idempotent, so it reruns from the top.
/// </summary>
internal sealed class PurgeWorker(SitePurger purger, RedisPurgeStore store, PurgeQueue queue, ILogger<PurgeWorker> logger) : BackgroundService
{
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await WhileStoreUnavailableAsync("look for unfinished purges", async () =>
        {
            foreach (var job in await store.ListUnfinishedAsync())
            {
                logger.LogInformation("Resuming the purge of site {SiteId}", job.SiteId);
                queue.Enqueue(job.SiteId);
            }
        }, stoppingToken);

        await foreach (var siteId in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await WhileStoreUnavailableAsync($"purge site '{siteId}'", () => purger.RunAsync(siteId), stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "The purge of site {SiteId} stopped; a repeated DELETE or the next start resumes it", siteId);
            }
        }
    }

    /// <summary>Runs the step until it gets through to the store, waiting longer after each outage (up to 30 s).</summary>
    private async Task WhileStoreUnavailableAsync(string step, Func<Task> run, CancellationToken stoppingToken)
    {
        for (var delay = FirstRetryDelay; ; delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxRetryDelay.Ticks)))
        {
            try
            {
                await run();
                return;
            }
            catch (StoreUnavailableException exception)
            {
                logger.LogWarning(exception, "Could not {Step}: the store is unavailable; trying again in {Delay}", step, delay);
            }

            await Task.Delay(delay, stoppingToken);
        }
    }
}
