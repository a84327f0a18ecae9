using ConsentManager.Api.Regimes;
using ConsentManager.Api.Sites;

namespace ConsentManager.Api.Consents;

/// <summary>
/// Proof of one consent decision: who (visitor), when (server UTC), under which texts and versions, which choices.
/// It is both the stored record and the response, because it is the proof handed to the visitor: everything in it
/// is theirs to see. Store internals (content fingerprints) live beside it in Redis, never in it; a raw IP never
/// enters it: <see cref="IpPrefix"/> is the /24 or /48 network, and only when the visitor granted IP processing.
/// <see cref="BannerVariant"/> records which layout asked, so consent rates can be compared per variant.
/// </summary>
public sealed record ConsentReceipt(
    string ReceiptId,
    string VisitorId,
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
    string? PreviousReceiptId);
