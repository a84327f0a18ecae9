using ConsentManager.Api.Regimes;
using ConsentManager.Api.Sites;

namespace ConsentManager.Api.Consents;

/// <summary>
/// The answer to <c>POST …/consents</c>: the stored receipt and the visitor's token. The token is null only on a late
/// retry of a request that minted its visitor (see the README), so a receipt id is never a way to obtain a token.
/// </summary>
public sealed record RecordedConsentResponse(
    string ReceiptId,
    string VisitorId,
    string? VisitorToken,
    string SiteId,
    ConsentAction Action,
    IReadOnlyDictionary<string, bool> Choices,
    IReadOnlyDictionary<string, int> PurposeVersions,
    DateTimeOffset RecordedAt,
    DateTimeOffset ExpiresAt,
    Regime Regime,
    string? Country,
    bool Gpc,
    string? IpPrefix,
    string BannerVariant,
    Language Language,
    string? TextHash,
    ReceiptSource Source,
    bool UserActivation,
    IReadOnlyList<string> Defaulted,
    string? PreviousReceiptId,
    string? PreviousHash,
    string? Hash,
    string? MacKeyId,
    string? Mac);
