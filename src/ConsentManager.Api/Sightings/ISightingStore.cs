namespace ConsentManager.Api.Sightings;

public interface ISightingStore
{
    /// <summary>Replaces the visitor's sighting with <paramref name="sighting"/>, kept for <paramref name="lifetime"/>.</summary>
    Task RecordAsync(string siteId, string visitorId, Sighting sighting, TimeSpan lifetime);

    Task<Sighting?> FindAsync(string siteId, string visitorId);
}
