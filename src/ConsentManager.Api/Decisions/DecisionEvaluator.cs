using ConsentManager.Api.Consents;
using ConsentManager.Api.Sites;

namespace ConsentManager.Api.Decisions;

/// <summary>
/// The rule the whole product rests on, kept pure: deny unless the current receipt grants this purpose, at the
/// purpose's current version, and has not expired. Checks run from "no answer" to "answer given", so the reason
/// names the first thing that stops the purpose.
/// </summary>
public static class DecisionEvaluator
{
    public static Decision Evaluate(Purpose purpose, ConsentReceipt? receipt, DateTimeOffset now)
    {
        if (receipt is null || !receipt.Choices.TryGetValue(purpose.Id, out var granted) ||
            !receipt.PurposeVersions.TryGetValue(purpose.Id, out var version))
        {
            return Decision.Deny(DecisionReason.NoConsent);
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
}
