namespace ConsentManager.Client;

/// <summary>
/// A verified webhook event: <c>consent.recorded</c>, <c>consent.withdrawn</c>, <c>subject.erased</c>,
/// <c>subject.restricted</c> or <c>subject.restriction_lifted</c>. <see cref="Id"/> is stable across retries:
/// de-duplicate on it.
/// </summary>
public sealed record ConsentWebhookEvent(
    string Id, string Type, DateTimeOffset Timestamp, string SiteId, string VisitorId, string? ReceiptId);
