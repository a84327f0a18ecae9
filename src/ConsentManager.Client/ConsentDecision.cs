namespace ConsentManager.Client;

/// <summary>
/// Whether one purpose is allowed for one visitor, and why: the API's reason (<c>granted</c>, <c>denied</c>,
/// <c>no_consent</c>, <c>expired</c>, <c>withdrawn</c>, …) or <c>unavailable</c> when the API could not answer.
/// </summary>
public sealed record ConsentDecision(bool Allowed, string Reason)
{
    /// <summary>The reason when no answer came in time: the check failed closed.</summary>
    public const string UnavailableReason = "unavailable";

    /// <summary>The fail-closed answer.</summary>
    public static ConsentDecision Unavailable { get; } = new(false, UnavailableReason);
}
