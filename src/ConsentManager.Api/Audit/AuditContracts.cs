namespace ConsentManager.Api.Audit;

/// <summary>Query of <c>GET /v1/sites/{siteId}/audit</c>: a time window, an action, a page size and the previous page's cursor.</summary>
public sealed record AuditQuery(DateTimeOffset? From, DateTimeOffset? To, string? Action, int Limit, string? Cursor);

/// <summary>Entries newest first; <see cref="NextCursor"/> is null on the last page.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, string? NextCursor);

/// <summary>The result of checking a log's chain: where it breaks and why, or valid.</summary>
public sealed record AuditVerification(bool Valid, long EntriesChecked, long? BrokenAtSeq, string? Problem);
