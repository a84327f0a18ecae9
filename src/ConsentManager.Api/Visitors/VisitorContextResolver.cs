using ConsentManager.Api.Features;
using ConsentManager.Api.Http;
using ConsentManager.Api.Privacy;
using ConsentManager.Api.Regimes;
using ConsentManager.Api.Sites;
using ConsentManager.GeoIp;

namespace ConsentManager.Api.Visitors;

/// <summary>Turns the request's signals into a regime, a country and the features in force, for one site and visitor.</summary>
public sealed class VisitorContextResolver(IGeoLocator geo, SiteFeatures features, ILogger<VisitorContextResolver> logger)
{
    public async Task<VisitorContext> ResolveAsync(Site site, ClientSignals client, string? visitorId)
    {
        var featureSet = await features.EvaluateAsync(site.Id, visitorId);
        var location = client.Address is null ? GeoLocation.Unknown : geo.Lookup(client.Address);
        var regime = featureSet.GeoRegimes ? RegimeResolver.Resolve(site.Definition.EffectiveRegimes, location) : Regime.OptIn;
        // The address is minimised by the log redaction like every other; the line is for tracing regime choices.
        logger.LogDebug("Client {ClientAddress} located in {Country}: regime {Regime} on site {SiteId}",
            client.Address, location.CountryCode ?? "unknown", regime, site.Id);
        var prefix = client.Address is null ? null : IpPrefix.Of(client.Address);
        return new VisitorContext(regime, location.CountryCode, location.SubdivisionCode, client.Gpc, prefix, featureSet);
    }
}
