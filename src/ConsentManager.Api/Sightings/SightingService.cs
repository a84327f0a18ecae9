using ConsentManager.Api.Features;
using ConsentManager.Api.Regimes;
using ConsentManager.Api.Sites;
using ConsentManager.GeoIp;
using Microsoft.Extensions.Options;

namespace ConsentManager.Api.Sightings;

/// <summary>
/// The one home of the sighting: /config records where a verified visitor was last seen (every regime, opt-in too,
/// so a later opt-in sighting replaces an opt-out one), and decisions without an answer re-resolve it under the
/// site's current regime table and the current <c>GeoRegimes</c> flag.
/// </summary>
public sealed class SightingService(
    ISightingStore store, SiteFeatures features, IOptions<SightingOptions> options, TimeProvider time)
{
    private TimeSpan Lifetime => TimeSpan.FromDays(options.Value.SightingLifetimeDays);

    /// <summary>Only for a visitor proven by their token: nobody else may move a visitor's sighting.</summary>
    public Task RecordAsync(string siteId, string verifiedVisitorId, string? country, string? subdivision, bool gpc) =>
        store.RecordAsync(siteId, verifiedVisitorId, new Sighting(country, subdivision, gpc, time.GetUtcNow()), Lifetime);

    public async Task<LatestSighting> FindLatestAsync(Site site, string visitorId)
    {
        var sighting = await store.FindAsync(site.Id, visitorId);
        // The store's expiry runs on Redis's clock; this check keeps the rule exact on the API's.
        if (sighting is null || time.GetUtcNow() - sighting.SeenAt >= Lifetime)
        {
            return LatestSighting.None;
        }

        var featureSet = await features.EvaluateAsync(site.Id, visitorId);
        // The country list of RegimeResolver covers the EU, so the database's EU flag need not be kept.
        var location = new GeoLocation(sighting.Country, false, sighting.Subdivision);
        var regime = featureSet.GeoRegimes ? RegimeResolver.Resolve(site.Definition.EffectiveRegimes, location) : Regime.OptIn;
        return new LatestSighting(regime, sighting.Gpc);
    }
}
