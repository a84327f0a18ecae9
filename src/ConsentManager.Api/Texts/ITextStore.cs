namespace ConsentManager.Api.Texts;

public interface ITextStore
{
    /// <summary>Stores a text set under its hash unless already there: an archived text is never overwritten.</summary>
    Task ArchiveAsync(string siteId, string textHash, string json);

    /// <summary>The archived JSON exactly as hashed, or null.</summary>
    Task<string?> FindAsync(string siteId, string textHash);
}
