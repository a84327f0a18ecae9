using ConsentManager.Api.Http;
using ConsentManager.Api.Sites;
using ConsentManager.Api.Visitors;

namespace ConsentManager.Api.Stats;

/// <summary>
/// Counts a banner display by day, regime, country, variant and device. Nothing identifies the visitor: no id,
/// cookie or address is read into the count, and known bots are not counted at all.
/// </summary>
public sealed class ImpressionCounter(SiteDirectory sites, VisitorContextResolver visitors, RedisStatsStore store, TimeProvider time)
{
    /// <summary>False when the display was not counted because a bot sent it.</summary>
    public async Task<bool> CountAsync(string siteId, string? bannerVariant, ClientSignals client)
    {
        var site = await sites.GetRequiredAsync(siteId);
        if (DeviceClassifier.IsBot(client.UserAgent))
        {
            return false;
        }

        // No visitor id: the regime and country come from the request alone, the variant from the banner's report
        // (or, for an empty body, the site's variant for an anonymous visitor).
        var visitor = await visitors.ResolveAsync(site, client, visitorId: null);
        var cell = new StatsCell(
            DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime),
            visitor.Country ?? StatsDimensions.UnknownCountry,
            WireNames.Of(visitor.Regime),
            bannerVariant ?? visitor.Features.BannerVariant,
            DeviceClassifier.Classify(client.UserAgent));
        await store.CountImpressionAsync(siteId, cell);
        return true;
    }
}
