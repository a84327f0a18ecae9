namespace ConsentManager.Api.Sites;

/// <summary>A stored site: its definition plus what the store adds.</summary>
public sealed record Site(string Id, SiteDefinition Definition, DateTimeOffset UpdatedAt);
