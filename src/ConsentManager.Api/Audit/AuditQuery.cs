namespace ConsentManager.Api.Audit;

/// <summary>Query of <c>GET /v1/sites/{siteId}/audit</c>: a time window, an action, a page size and the previous page's cursor.</summary>
public sealed record AuditQuery(DateTimeOffset? From, DateTimeOffset? To, string? Action, int Limit, string? Cursor);
