using ConsentManager.Api.Regimes;
using ConsentManager.Api.Sites;

namespace ConsentManager.Api.Consents;

/// <summary>
/// Proof of one consent decision: who (visitor), when (server UTC), under which texts (<see cref="TextHash"/> names
/// the archived set) and versions, which choices, how it arrived (<see cref="Source"/>, <see cref="UserActivation"/>)
/// and which grants were presets the visitor left alone (<see cref="Defaulted"/>). It is both the stored record and
/// what the visitor may read back: everything in it is theirs to see. A raw IP never enters it: <see cref="IpPrefix"/>
/// is the /24 or /48 network, and only when the visitor granted IP processing. Tamper evidence: <see cref="Hash"/> of
/// the canonical form (which includes <see cref="PreviousHash"/>, the visitor's previous receipt's hash: a chain),
/// and <see cref="Mac"/> over it under the key <see cref="MacKeyId"/> names.
/// </summary>
public record ConsentReceipt(
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
    ReceiptSource Source,
    bool UserActivation,
    IReadOnlyList<string> Defaulted,
    string? PreviousReceiptId,
    string? PreviousHash,
    string? Hash = null,
    string? MacKeyId = null,
    string? Mac = null);
