using ConsentManager.Api.Regimes;
using ConsentManager.Api.Sites;

namespace ConsentManager.Api.SiteConfig;

/// <summary>Everything the widget needs to ask one visitor, in one language.</summary>
public sealed record SiteConfigResponse(
    string SiteId,
    Language Language,
    DataController Controller,
    int ConsentLifetimeDays,
    IReadOnlyList<LocalizedPurpose> Purposes,
    Regime Regime,
    string? Country,
    bool Gpc,
    WidgetFeatures Features);

public sealed record LocalizedPurpose(string Id, int Version, string Title, string Description, IReadOnlyList<Vendor> Vendors);

/// <summary>The feature flags the widget acts on, as evaluated for this visitor.</summary>
public sealed record WidgetFeatures(bool ConsentModeV2, string BannerVariant);
