namespace ConsentManager.Api.Webhooks;

/// <summary>A site's webhooks, their health and their delivery log.</summary>
public interface IWebhookStore
{
    /// <summary>Stores the webhook and starts reading the site's feed for it; true when it did not exist.</summary>
    Task<bool> SaveAsync(string siteId, WebhookRecord webhook);

    Task<(WebhookRecord Webhook, DateTimeOffset? FailingSince)?> FindAsync(string siteId, string webhookId);

    Task<bool> DeleteAsync(string siteId, string webhookId);

    Task<IReadOnlyList<DeliveryAttempt>> GetDeliveriesAsync(string siteId, string webhookId);
}
