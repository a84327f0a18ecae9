using ConsentManager.Api.Consents;
using ConsentManager.Api.Legal;
using ConsentManager.Api.Regimes;
using ConsentManager.Api.Sightings;
using ConsentManager.Api.Sites;

namespace ConsentManager.Api.Decisions;

/// <summary>
/// The rule the whole product rests on, kept pure: deny unless the current receipt grants this purpose, at the
/// purpose's current version, and has not expired. Checks run from "no answer" to "answer given", so the reason
/// names the first thing that stops the purpose. A refusal (withdraw, reject_all) covers every purpose, even one
/// added later. Without an answer the visitor's latest sighting decides (<see cref="LegalRules.WithoutAnswer"/>),
/// and a grant that was only a preset (<see cref="ConsentReceipt.Defaulted"/>) is no consent once that sighting
/// is opt-in.
/// </summary>
public static class DecisionEvaluator
{
    /// <summary>
    /// False when <see cref="Evaluate"/> will not look at the sighting for this purpose and receipt, so callers
    /// can skip reading it: a withdrawal, a refusal of everything, or an answer that is not a preset grant.
    /// </summary>
    public static bool NeedsSighting(Purpose purpose, ConsentReceipt? receipt) =>
        receipt is null
        || (receipt.Action != ConsentAction.Withdraw
            && (receipt.Choices.TryGetValue(purpose.Id, out var granted) && receipt.PurposeVersions.ContainsKey(purpose.Id)
                ? granted && receipt.Defaulted.Contains(purpose.Id)
                : receipt.Action != ConsentAction.RejectAll));

    public static Decision Evaluate(Purpose purpose, ConsentReceipt? receipt, LatestSighting latest, DateTimeOffset now)
    {
        if (receipt is null)
        {
            return LegalRules.WithoutAnswer(latest.Regime, latest.Gpc, purpose.EffectiveRole);
        }

        var answered = receipt.Choices.TryGetValue(purpose.Id, out var granted)
                       & receipt.PurposeVersions.TryGetValue(purpose.Id, out var version);
        int? answeredVersion = answered ? version : null;
        if (receipt.Action == ConsentAction.Withdraw)
        {
            return Decision.Deny(DecisionReason.Withdrawn, answeredVersion, receipt.ExpiresAt);
        }

        if (!answered)
        {
            return receipt.Action == ConsentAction.RejectAll
                ? Decision.Deny(DecisionReason.Denied, null, receipt.ExpiresAt)
                : LegalRules.WithoutAnswer(latest.Regime, latest.Gpc, purpose.EffectiveRole);
        }

        if (now >= receipt.ExpiresAt)
        {
            return Decision.Deny(DecisionReason.Expired, version, receipt.ExpiresAt);
        }

        if (version < purpose.Version)
        {
            return Decision.Deny(DecisionReason.PolicyOutdated, version, receipt.ExpiresAt);
        }

        if (!granted)
        {
            return Decision.Deny(DecisionReason.Denied, version, receipt.ExpiresAt);
        }

        return receipt.Defaulted.Contains(purpose.Id) && latest.Regime == Regime.OptIn
            ? Decision.Deny(DecisionReason.NoConsent, version, receipt.ExpiresAt)
            : new Decision(true, DecisionReason.Granted, version, receipt.ExpiresAt);
    }
}
