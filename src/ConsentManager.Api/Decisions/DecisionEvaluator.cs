using ConsentManager.Api.Consents;
using ConsentManager.Api.Regimes;
using ConsentManager.Api.Sites;
using ConsentManager.Api.Visitors;

namespace ConsentManager.Api.Decisions;

/// <summary>
/// The rule the whole product rests on, kept pure: deny unless the current receipt grants this purpose, at the
/// purpose's current version, and has not expired. Checks run from "no answer" to "answer given", so the reason
/// names the first thing that stops the purpose. Only a visitor seen under opt-out (or notice) who has not
/// answered, and sent no GPC objection, is allowed without a grant.
/// </summary>
public static class DecisionEvaluator
{
    public static Decision Evaluate(Purpose purpose, ConsentReceipt? receipt, VisitorSighting? sighting, DateTimeOffset now)
    {
        if (receipt is null)
        {
            return WithoutAnswer(sighting?.Regime ?? Regime.OptIn, sighting?.Gpc ?? false);
        }

        if (!receipt.Choices.TryGetValue(purpose.Id, out var granted) || !receipt.PurposeVersions.TryGetValue(purpose.Id, out var version))
        {
            return WithoutAnswer(receipt.Regime, receipt.Gpc);
        }

        if (receipt.Action == ConsentAction.Withdraw)
        {
            return Decision.Deny(DecisionReason.Withdrawn, version, receipt.ExpiresAt);
        }

        if (now >= receipt.ExpiresAt)
        {
            return Decision.Deny(DecisionReason.Expired, version, receipt.ExpiresAt);
        }

        if (version < purpose.Version)
        {
            return Decision.Deny(DecisionReason.PolicyOutdated, version, receipt.ExpiresAt);
        }

        return granted
            ? new Decision(true, DecisionReason.Granted, version, receipt.ExpiresAt)
            : Decision.Deny(DecisionReason.Denied, version, receipt.ExpiresAt);
    }

    private static Decision WithoutAnswer(Regime regime, bool gpc) => regime switch
    {
        Regime.OptIn => Decision.Deny(DecisionReason.NoConsent),
        _ when gpc => Decision.Deny(DecisionReason.Denied),
        _ => new Decision(true, DecisionReason.OptOutDefault, null, null),
    };
}
