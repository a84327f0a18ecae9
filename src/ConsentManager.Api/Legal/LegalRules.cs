using ConsentManager.Api.Decisions;
using ConsentManager.Api.Regimes;
using ConsentManager.Api.Sites;

namespace ConsentManager.Api.Legal;

/// <summary>
/// The legal rules in one place, keyed by purpose role (the widget has its twin; both are tested from
/// <c>tests/fixtures/legal-rules.json</c>). Opt-in presets nothing; opt-out and notice preset every purpose and allow
/// it without an answer; Global Privacy Control is an objection to the advertising role only, in every regime.
/// </summary>
public static class LegalRules
{
    /// <summary>The switch position before the visitor acts.</summary>
    public static bool Preset(Regime regime, bool gpc, PurposeRole role) => regime != Regime.OptIn && !IsObjectedTo(gpc, role);

    /// <summary>Whether the visitor is asked at all: GPC is a standing refusal of advertising.</summary>
    public static bool Askable(bool gpc, PurposeRole role) => !IsObjectedTo(gpc, role);

    /// <summary>What "accept all" records: everything the visitor may be asked for.</summary>
    public static bool AcceptAll(bool gpc, PurposeRole role) => Askable(gpc, role);

    /// <summary>The decision for a visitor with no answer for the purpose, by their latest sighting.</summary>
    public static Decision WithoutAnswer(Regime regime, bool gpc, PurposeRole role) => regime switch
    {
        Regime.OptIn => Decision.Deny(DecisionReason.NoConsent),
        _ when IsObjectedTo(gpc, role) => Decision.Deny(DecisionReason.Denied),
        _ => new Decision(true, DecisionReason.OptOutDefault, null, null),
    };

    /// <summary>A receipt keeps the visitor's network only when they granted the purpose that processes addresses.</summary>
    public static bool KeepsIpPrefix(IEnumerable<Purpose> purposes, IReadOnlyDictionary<string, bool> choices) =>
        purposes.Any(purpose => purpose.EffectiveRole == PurposeRole.IpProcessing && choices.GetValueOrDefault(purpose.Id));

    private static bool IsObjectedTo(bool gpc, PurposeRole role) => gpc && role == PurposeRole.Advertising;
}
