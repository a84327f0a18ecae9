using ConsentManager.Api.Sites;

namespace ConsentManager.Api.Consents;

/// <summary>
/// The body of <c>POST /v1/sites/{siteId}/consents</c>. Every configured purpose must appear in
/// <see cref="Choices"/> and <see cref="PurposeVersions"/>: consent is explicit both ways.
/// </summary>
public sealed record RecordConsentRequest(
    ConsentAction Action,
    IReadOnlyDictionary<string, bool> Choices,
    IReadOnlyDictionary<string, int> PurposeVersions,
    Language Language,
    string? ReceiptId = null,
    string? VisitorId = null,
    string? TextHash = null);
