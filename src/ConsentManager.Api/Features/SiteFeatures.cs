using Microsoft.FeatureManagement;
using Microsoft.FeatureManagement.FeatureFilters;

namespace ConsentManager.Api.Features;

/// <summary>The features in force for one visitor of one site.</summary>
public sealed record FeatureSet(bool GeoRegimes, bool ConsentModeV2, string BannerVariant);

/// <summary>
/// Evaluates the flags for a site and visitor. Flags are read from configuration on every call, so a changed
/// configuration takes effect without a restart.
/// </summary>
public sealed class SiteFeatures(IVariantFeatureManager features, ILogger<SiteFeatures> logger)
{
    public async Task<FeatureSet> EvaluateAsync(string siteId, string? visitorId)
    {
        // Without a visitor id the site stands in as the user: its anonymous visitors share one assignment.
        var context = new TargetingContext { UserId = visitorId ?? siteId, Groups = [siteId] };
        var variant = await features.GetVariantAsync(FeatureFlags.BannerVariants, context, CancellationToken.None);
        return new FeatureSet(
            await features.IsEnabledAsync(FeatureFlags.GeoRegimes, context, CancellationToken.None),
            await features.IsEnabledAsync(FeatureFlags.ConsentModeV2, context, CancellationToken.None),
            KnownVariant(variant?.Name));
    }

    private string KnownVariant(string? name)
    {
        if (name is null || BannerVariants.All.Contains(name))
        {
            return name ?? BannerVariants.Bar;
        }

        logger.LogWarning("Banner variant {Variant} in the feature configuration is unknown; showing {Default}", name, BannerVariants.Bar);
        return BannerVariants.Bar;
    }
}

public static class FeaturesRegistration
{
    public static IServiceCollection AddSiteFeatures(this IServiceCollection services)
    {
        services.AddFeatureManagement();
        services.AddSingleton<SiteFeatures>();
        return services;
    }
}
