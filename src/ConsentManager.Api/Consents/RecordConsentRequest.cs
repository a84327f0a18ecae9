using System.Text.Json.Serialization;
using ConsentManager.Api.Sites;

namespace ConsentManager.Api.Consents;

/// <summary>
/// The body of <c>POST /v1/sites/{siteId}/consents</c>. Every configured purpose must appear in
/// <see cref="Choices"/> and <see cref="PurposeVersions"/>: consent is explicit both ways (a withdrawal or
/// rejection is taken for any purpose set: it refuses everything). <see cref="VisitorToken"/> proves the visitor;
/// neither it nor <see cref="VisitorId"/> given mints a new visitor. <see cref="Defaulted"/> lists the purposes whose
/// value is the regime's preset, untouched by the visitor.
/// </summary>
public sealed record RecordConsentRequest(
    ConsentAction Action,
    IReadOnlyDictionary<string, bool> Choices,
    IReadOnlyDictionary<string, int> PurposeVersions,
    Language Language,
    string? ReceiptId = null,
    string? VisitorId = null,
    string? VisitorToken = null,
    string? TextHash = null,
    ReceiptSource Source = ReceiptSource.Api,
    bool UserActivation = false,
    IReadOnlyList<string>? Defaulted = null)
{
    // Derived, not part of the body: kept out of the contract.
    [JsonIgnore]
    public bool IsRefusal => Action is ConsentAction.Withdraw or ConsentAction.RejectAll;
}
