using ConsentManager.Api.Changes;
using ConsentManager.Api.Consents;

namespace ConsentManager.Api.Webhooks;

/// <summary>The body receivers get: <c>{type, timestamp, data}</c>. The event id travels in the webhook-id header.</summary>
public sealed record WebhookPayload(string Type, DateTimeOffset Timestamp, WebhookPayload.Subject Data)
{
    public static WebhookPayload From(ChangeEvent change) => new(
        change.Type, change.Timestamp, new Subject(change.SiteId, change.VisitorId, change.ReceiptId, change.Action, change.Choices));

    /// <summary>Whom the change is about: a visitor id, never an address or a token.</summary>
    public sealed record Subject(
        string SiteId, string VisitorId, string? ReceiptId, ConsentAction? Action, IReadOnlyDictionary<string, bool>? Choices);
}
