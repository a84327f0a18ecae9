namespace ConsentManager.Api.Webhooks;

/// <summary>Exponential backoff: first retry after <see cref="WebhookOptions.FirstRetryDelay"/>, doubling up to the cap.</summary>
internal static class RetrySchedule
{
    /// <summary>When to try again after failed attempt number <paramref name="attempt"/>; null once the event is given up.</summary>
    public static DateTimeOffset? NextAttempt(WebhookOptions options, int attempt, DateTimeOffset firstDueAt, DateTimeOffset now)
    {
        var doublings = Math.Min(attempt - 1, 20);
        var delay = TimeSpan.FromTicks(Math.Min(options.FirstRetryDelay.Ticks << doublings, options.MaxRetryDelay.Ticks));
        var next = now + delay;
        return next - firstDueAt > options.GiveUpAfter ? null : next;
    }
}
