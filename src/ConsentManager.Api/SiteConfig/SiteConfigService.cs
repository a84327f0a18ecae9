using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ConsentManager.Api.Errors;
using ConsentManager.Api.Http;
using ConsentManager.Api.Sightings;
using ConsentManager.Api.Sites;
using ConsentManager.Api.Texts;
using ConsentManager.Api.Visitors;

namespace ConsentManager.Api.SiteConfig;

/// <summary>Builds the widget's configuration for one visitor, minting the visitor when the request proves none.</summary>
public sealed class SiteConfigService(
    SiteDirectory sites, VisitorContextResolver visitors, VisitorTokens tokens, SightingService sightings, TextArchive archive)
{
    // The purposes as shown, built once per site version and language: the same list object every time, so
    // SiteConfigJson serializes it once.
    private readonly ConditionalWeakTable<Site, ConcurrentDictionary<Language, IReadOnlyList<LocalizedPurpose>>> _purposes = new();

    public async Task<SiteConfigResponse> GetAsync(string siteId, string? lang, string? visitorToken, ClientSignals client)
    {
        var site = await sites.GetRequiredAsync(siteId);
        var language = lang switch
        {
            null or "" => site.Definition.DefaultLanguage,
            "nl" => Language.Nl,
            "en" => Language.En,
            _ => throw ApiProblemException.Invalid("lang", $"Language '{lang}' is not supported; use 'nl' or 'en'."),
        };

        // Minting writes nothing: a stranger fetching /config creates no state, and a verified visitor's sighting
        // is the only thing recorded here.
        var verified = tokens.Verify(siteId, visitorToken);
        var (visitorId, token) = verified is null ? tokens.Mint(siteId) : (verified, visitorToken!);
        var visitor = await visitors.ResolveAsync(site, client, visitorId);
        if (verified is not null)
        {
            await sightings.RecordAsync(siteId, verified, visitor.Country, visitor.Subdivision, visitor.Gpc);
        }

        var (texts, textHash) = await archive.ArchiveShownAsync(site, language);
        return new SiteConfigResponse(
            site.Id, language, site.Definition.Controller, site.Definition.ConsentLifetimeDays,
            PurposesShown(site, language),
            visitor.Regime, visitor.Country, visitor.Gpc,
            new WidgetFeatures(visitor.Features.ConsentModeV2, visitor.Features.BannerVariant),
            visitorId, token, texts.Texts, textHash);
    }

    private IReadOnlyList<LocalizedPurpose> PurposesShown(Site site, Language language) =>
        _purposes.GetOrCreateValue(site).GetOrAdd(language, _ => site.Definition.Purposes
            .Select(purpose => new LocalizedPurpose(
                purpose.Id, purpose.Version, purpose.Title.In(language), purpose.Description.In(language), purpose.Vendors,
                purpose.EffectiveRole))
            .ToList());
}
