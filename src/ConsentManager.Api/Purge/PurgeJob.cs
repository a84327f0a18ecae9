namespace ConsentManager.Api.Purge;

/// <summary>
/// A site's purge as stored (<c>cm:jobs:purge</c>): its progress, and the ids of the site's API keys taken when it
/// began, because their records live outside the site's slot and the list of them is purged along the way.
/// </summary>
public sealed record PurgeJob(
    string SiteId, bool Done, long KeysRemoved, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, IReadOnlyList<string> ApiKeyIds)
{
    public PurgeStatus ToStatus() => new(SiteId, Done ? "done" : "running", KeysRemoved, StartedAt, FinishedAt);
}
