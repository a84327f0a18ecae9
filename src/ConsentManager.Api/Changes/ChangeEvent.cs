using ConsentManager.Api.Consents;

namespace ConsentManager.Api.Changes;

/// <summary>
/// One change that parties holding a visitor's data must hear about. <see cref="Id"/> is stable: publishing the
/// same change again (a retry) carries the same id, so the feed and every receiver can drop the duplicate.
/// It names the visitor only by id: no address, no visitor token, nothing a receiver could act as the visitor with.
/// </summary>
public sealed record ChangeEvent(
    string Id,
    string Type,
    DateTimeOffset Timestamp,
    string SiteId,
    string VisitorId,
    string? ReceiptId = null,
    ConsentAction? Action = null,
    IReadOnlyDictionary<string, bool>? Choices = null);
