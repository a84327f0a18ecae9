namespace ConsentManager.Api.Features;

/// <summary>
/// The product's switchable features (Microsoft.FeatureManagement, section <c>feature_management</c>). Targeting
/// uses the site id as the group and the visitor id as the user, so percentage rollouts and banner variants are
/// sticky per visitor.
/// </summary>
public static class FeatureFlags
{
    /// <summary>Off: every visitor gets the strictest regime, opt-in.</summary>
    public const string GeoRegimes = "GeoRegimes";

    /// <summary>The widget pushes Google Consent Mode v2 signals.</summary>
    public const string ConsentModeV2 = "ConsentModeV2";

    /// <summary>A/B test of banner layouts; its variant names are <see cref="BannerVariants"/>.</summary>
    public const string BannerVariants = "BannerVariants";
}

/// <summary>The banner layouts the widget knows. Every one keeps the same legal guarantees.</summary>
public static class BannerVariants
{
    public const string Bar = "bar";
    public const string Dialog = "dialog";

    public static IReadOnlyList<string> All { get; } = [Bar, Dialog];
}
