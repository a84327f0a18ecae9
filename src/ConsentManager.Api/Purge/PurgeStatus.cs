namespace ConsentManager.Api.Purge;

/// <summary>Progress of a site's purge: <c>running</c> or <c>done</c>, and how many Redis keys it removed so far.</summary>
public sealed record PurgeStatus(string SiteId, string State, long KeysRemoved, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt);
