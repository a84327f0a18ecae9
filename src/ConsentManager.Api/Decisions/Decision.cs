namespace ConsentManager.Api.Decisions;

/// <summary>
/// The answer for one visitor and purpose. <see cref="PurposeVersion"/> and <see cref="ExpiresAt"/> describe the
/// consent it rests on (the version the visitor answered), null when there is none.
/// </summary>
public sealed record Decision(bool Allowed, DecisionReason Reason, int? PurposeVersion, DateTimeOffset? ExpiresAt)
{
    public static Decision Deny(DecisionReason reason, int? purposeVersion = null, DateTimeOffset? expiresAt = null) =>
        new(false, reason, purposeVersion, expiresAt);
}
