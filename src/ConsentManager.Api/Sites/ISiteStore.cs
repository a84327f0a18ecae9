namespace ConsentManager.Api.Sites;

public interface ISiteStore
{
    Task<Site?> FindAsync(string siteId);

    Task SaveAsync(Site site);
}
