namespace ConsentManager.Api.Sites;

public interface ISiteStore
{
    Task<Site?> FindAsync(string siteId);

    /// <summary>Stores the site and appends its definition to the site's history.</summary>
    Task SaveAsync(Site site, string savedBy);

    /// <summary>Every saved definition, oldest first.</summary>
    Task<IReadOnlyList<SiteVersion>> GetHistoryAsync(string siteId);
}
