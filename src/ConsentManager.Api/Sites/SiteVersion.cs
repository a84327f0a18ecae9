namespace ConsentManager.Api.Sites;

/// <summary>
/// One saved definition of a site: the documented instruction in force from <see cref="SavedAt"/> until the next
/// version, and who gave it (an API key id). <see cref="Version"/> counts from 1.
/// </summary>
public sealed record SiteVersion(int Version, SiteDefinition Definition, DateTimeOffset SavedAt, string SavedBy);
