using ConsentManager.Api.Sites;

namespace ConsentManager.Api.Texts;

/// <summary>
/// The banner's first layer in one language, the controller's name filled in. The API owns these texts (not the
/// widget) so that what the visitor was shown can be archived verbatim and named by a receipt.
/// </summary>
public sealed record BannerTexts(
    string BannerTitle,
    string Intro,
    string IntroUpdate,
    string IntroOptOut,
    string AcceptAll,
    string RejectAll,
    string Settings)
{
    // The wording of web-widget/src/i18n/{nl,en}.ts, whose first-layer texts now come from here.
    public static BannerTexts For(Language language, string controller) => language switch
    {
        Language.En => new(
            "Cookies and privacy",
            $"{controller} uses cookies and similar technologies for:",
            $"{controller} has changed the following and asks for your consent again:",
            $"{controller} uses cookies and similar technologies for the following. You can refuse this.",
            "Accept all",
            "Reject all",
            "Settings"),
        _ => new(
            "Cookies en privacy",
            $"{controller} gebruikt cookies en vergelijkbare technieken voor:",
            $"{controller} heeft dit gewijzigd en vraagt je opnieuw om toestemming:",
            $"{controller} gebruikt cookies en vergelijkbare technieken voor het volgende. Je kunt dit weigeren.",
            "Alles accepteren",
            "Alles weigeren",
            "Instellingen"),
    };
}
