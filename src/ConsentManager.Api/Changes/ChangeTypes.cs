namespace ConsentManager.Api.Changes;

/// <summary>The event types of the change feed and the webhooks, as they appear on the wire.</summary>
public static class ChangeTypes
{
    public const string ConsentRecorded = "consent.recorded";
    public const string ConsentWithdrawn = "consent.withdrawn";
    public const string SubjectErased = "subject.erased";
    public const string SubjectRestricted = "subject.restricted";
    public const string SubjectRestrictionLifted = "subject.restriction_lifted";

    public static IReadOnlyList<string> All { get; } =
        [ConsentRecorded, ConsentWithdrawn, SubjectErased, SubjectRestricted, SubjectRestrictionLifted];
}
