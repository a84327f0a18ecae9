using ConsentManager.Api.Errors;
using Microsoft.Extensions.Caching.Memory;

namespace ConsentManager.Api.Sites;

/// <summary>
/// Reads and writes sites. Sites are read on every public request (config, consent, CORS), so they are cached
/// in memory briefly; a save through this instance takes effect at once, other instances see it within the TTL.
/// </summary>
public sealed class SiteDirectory(ISiteStore store, IMemoryCache cache, TimeProvider time)
{
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(5);

    public async Task<Site?> FindAsync(string siteId)
    {
        if (cache.TryGetValue(CacheKey(siteId), out Site? cached))
        {
            return cached;
        }

        var site = await store.FindAsync(siteId);
        cache.Set(CacheKey(siteId), site, CacheLifetime);
        return site;
    }

    public async Task<Site> GetRequiredAsync(string siteId) =>
        await FindAsync(siteId) ?? throw ApiProblemException.NotFound($"Site '{siteId}' does not exist.");

    /// <summary>Creates or replaces a site, keeping the definition in its history; returns whether it was created.</summary>
    public async Task<(Site Site, bool Created)> SaveAsync(string siteId, SiteDefinition definition, string savedBy)
    {
        var existing = await store.FindAsync(siteId);
        SiteDefinitionValidator.Validate(definition, existing);
        var site = new Site(siteId, definition, time.GetUtcNow());
        await store.SaveAsync(site, savedBy);
        Forget(siteId);
        return (site, existing is null);
    }

    public async Task<IReadOnlyList<SiteVersion>> GetHistoryAsync(string siteId)
    {
        await GetRequiredAsync(siteId);
        return await store.GetHistoryAsync(siteId);
    }

    /// <summary>Drops the cached copy, after the site changed or was deleted behind this directory's back.</summary>
    public void Forget(string siteId) => cache.Remove(CacheKey(siteId));

    private static string CacheKey(string siteId) => $"site:{siteId}";
}
