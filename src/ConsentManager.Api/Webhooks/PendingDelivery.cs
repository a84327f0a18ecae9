using ConsentManager.Api.Changes;

namespace ConsentManager.Api.Webhooks;

/// <summary>One event for one webhook, claimed by this instance for one attempt (<see cref="Claim"/> proves it).</summary>
internal sealed record PendingDelivery(
    string SiteId, WebhookRecord Webhook, ChangeEvent Change, int Attempt, DateTimeOffset FirstDueAt, string Claim)
{
    public string Member => $"{Webhook.WebhookId}|{Change.Id}";
}
