namespace ConsentManager.Api.Decisions;

/// <summary>Why a decision came out as it did. Only <see cref="Granted"/> allows anything.</summary>
public enum DecisionReason
{
    Granted,
    Denied,
    NoConsent,
    Expired,
    PolicyOutdated,
    Withdrawn,
}
