namespace ConsentManager.Api.Audit;

/// <summary>The result of checking a log's chain: where it breaks and why, or valid.</summary>
public sealed record AuditVerification(bool Valid, long EntriesChecked, long? BrokenAtSeq, string? Problem);
