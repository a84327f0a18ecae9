using ConsentManager.Api.Consents;
using ConsentManager.Api.Errors;
using ConsentManager.Api.Http;
using ConsentManager.Api.Regimes;
using ConsentManager.Api.Sites;
using ConsentManager.Api.Visitors;

namespace ConsentManager.Api.SiteConfig;

/// <summary>Builds the widget's configuration for one visitor.</summary>
public sealed class SiteConfigService(SiteDirectory sites, VisitorContextResolver visitors, IConsentStore store, TimeProvider time)
{
    public async Task<SiteConfigResponse> GetAsync(string siteId, string? lang, string? visitorId, ClientSignals client)
    {
        var site = await sites.GetRequiredAsync(siteId);
        var language = lang switch
        {
            null or "" => site.Definition.DefaultLanguage,
            "nl" => Language.Nl,
            "en" => Language.En,
            _ => throw ApiProblemException.Invalid("lang", $"Language '{lang}' is not supported; use 'nl' or 'en'."),
        };
        if (visitorId is not null && !Identifiers.IsVisitorId(visitorId))
        {
            throw ApiProblemException.Invalid("visitorId", $"Visitor id '{visitorId}' does not match {Identifiers.VisitorPattern}.");
        }

        var visitor = await visitors.ResolveAsync(site, client, visitorId);
        if (visitorId is not null && visitor.Regime != Regime.OptIn)
        {
            // Lets the decision API answer opt_out_default for this visitor before they make any choice.
            await store.RecordSightingAsync(
                new VisitorSighting(siteId, visitorId, visitor.Regime, visitor.Gpc, time.GetUtcNow()),
                TimeSpan.FromDays(site.Definition.ConsentLifetimeDays));
        }

        return new SiteConfigResponse(
            site.Id, language, site.Definition.Controller, site.Definition.ConsentLifetimeDays,
            site.Definition.Purposes.Select(purpose => new LocalizedPurpose(
                purpose.Id, purpose.Version, purpose.Title.In(language), purpose.Description.In(language), purpose.Vendors)).ToList(),
            visitor.Regime, visitor.Country, visitor.Gpc,
            new WidgetFeatures(visitor.Features.ConsentModeV2, visitor.Features.BannerVariant));
    }
}
