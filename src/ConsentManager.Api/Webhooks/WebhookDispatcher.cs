using ConsentManager.Api.Changes;
using ConsentManager.Api.Storage;
using Microsoft.Extensions.Options;

namespace ConsentManager.Api.Webhooks;

/// <summary>
/// Runs on every API instance: queues new changes for the site's webhooks and sends the due attempts. The instances
/// share the work through the feed's consumer group and the claim leases, so each event reaches a webhook once per
/// successful attempt, whichever instance sends it.
/// </summary>
internal sealed class WebhookDispatcher(
    RedisDeliveryQueue queue,
    WebhookSender sender,
    ChangeSignal published,
    IOptions<WebhookOptions> options,
    TimeProvider time,
    ILogger<WebhookDispatcher> logger)
    : BackgroundService
{
    private const int BatchSize = 100;

    private readonly string _consumer = $"{Environment.MachineName}-{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DispatchOnceAsync(stoppingToken);
            }
            catch (StoreUnavailableException exception)
            {
                logger.LogWarning(exception, "Webhook dispatch paused: the store is unavailable");
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // Keep the loop (and the host) alive: the jobs stay queued and are claimed again after their lease.
                logger.LogError(exception, "Webhook dispatch failed; retrying on the next round");
            }

            // Real time, not the injected clock: this is how often to look, not a time that anything depends on.
            try
            {
                await published.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task DispatchOnceAsync(CancellationToken stoppingToken)
    {
        foreach (var siteId in await queue.SitesAsync())
        {
            await queue.FanOutAsync(siteId, _consumer, BatchSize, time.GetUtcNow());
            var due = await queue.ClaimAsync(siteId, BatchSize, options.Value.ClaimLease, time.GetUtcNow());
            await Task.WhenAll(due.Select(delivery => DeliverAsync(delivery, stoppingToken)));
        }
    }

    private async Task DeliverAsync(PendingDelivery delivery, CancellationToken stoppingToken)
    {
        var attemptedAt = time.GetUtcNow();
        var (delivered, responseStatus, error, durationMs) = await sender.SendAsync(delivery, stoppingToken);
        var now = time.GetUtcNow();
        var next = delivered ? null : RetrySchedule.NextAttempt(options.Value, delivery.Attempt, delivery.FirstDueAt, now);
        var status = delivered ? "delivered" : next is null ? "gave_up" : "failed";
        if (status == "gave_up")
        {
            logger.LogWarning(
                "Webhook {WebhookId} of site {SiteId} gave up on event {EventId} after {Attempts} attempts; marked failing",
                delivery.Webhook.WebhookId, delivery.SiteId, delivery.Change.Id, delivery.Attempt);
        }

        var attempt = new DeliveryAttempt(
            delivery.Change.Id, delivery.Change.Type, delivery.Attempt, status, responseStatus, durationMs, attemptedAt, next, error);
        await queue.CompleteAsync(delivery, attempt, now);
    }
}
