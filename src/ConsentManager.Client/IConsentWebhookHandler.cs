namespace ConsentManager.Client;

/// <summary>
/// Register implementations to act on verified webhook events (for example, delete a visitor's data on
/// <c>subject.erased</c>). They run after the cache was cleared; an exception answers 500, so the event is retried.
/// </summary>
public interface IConsentWebhookHandler
{
    /// <summary>Handles one event; may see the same <see cref="ConsentWebhookEvent.Id"/> more than once.</summary>
    Task HandleAsync(ConsentWebhookEvent webhookEvent, CancellationToken cancellationToken);
}
