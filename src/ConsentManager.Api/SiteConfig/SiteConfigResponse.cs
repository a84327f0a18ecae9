using ConsentManager.Api.Legal;
using ConsentManager.Api.Regimes;
using ConsentManager.Api.Sites;
using ConsentManager.Api.Texts;

namespace ConsentManager.Api.SiteConfig;

/// <summary>
/// Everything the widget needs to ask one visitor, in one language. <see cref="VisitorToken"/> is the visitor's
/// secret: the widget keeps it and sends it back as the <c>Visitor-Token</c> header and in receipts.
/// <see cref="TextHash"/> names the archived <see cref="Texts"/> and purposes shown, for the receipt.
/// </summary>
public sealed record SiteConfigResponse(
    string SiteId,
    Language Language,
    DataController Controller,
    int ConsentLifetimeDays,
    IReadOnlyList<LocalizedPurpose> Purposes,
    Regime Regime,
    string? Country,
    bool Gpc,
    WidgetFeatures Features,
    string VisitorId,
    string VisitorToken,
    BannerTexts Texts,
    string TextHash);

/// <summary>A purpose in the visitor's language, with the role the legal rules give it.</summary>
public sealed record LocalizedPurpose(
    string Id, int Version, string Title, string Description, IReadOnlyList<Vendor> Vendors, PurposeRole Role);

/// <summary>The feature flags the widget acts on, as evaluated for this visitor.</summary>
public sealed record WidgetFeatures(bool ConsentModeV2, string BannerVariant);
