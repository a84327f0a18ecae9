namespace ConsentManager.Api.Decisions;

/// <summary>Why a decision came out as it did. Only <see cref="Granted"/> and <see cref="OptOutDefault"/> allow anything.</summary>
public enum DecisionReason
{
    Granted,
    Denied,
    NoConsent,
    Expired,
    PolicyOutdated,
    Withdrawn,

    /// <summary>Opt-out regime and no choice yet: allowed until the visitor objects (GPC counts as objecting).</summary>
    OptOutDefault,

    /// <summary>Processing of the visitor is restricted (a data-subject request): nothing is allowed, whatever they chose.</summary>
    Restricted,
}
