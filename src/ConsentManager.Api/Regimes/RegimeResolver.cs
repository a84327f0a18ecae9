using ConsentManager.GeoIp;

namespace ConsentManager.Api.Regimes;

/// <summary>
/// Picks a visitor's regime from where they are. In order: an unknown country gets the strictest regime;
/// EU, EEA, GB and CH are always opt-in (no site rule can weaken that); then the site's subdivision rule, its
/// country rule, the built-in US-CA opt-out, and finally the site's default.
/// </summary>
public static class RegimeResolver
{
    public static Regime Resolve(SiteRegimes site, GeoLocation location)
    {
        if (location.CountryCode is not { } country)
        {
            return Regime.OptIn;
        }

        if (IsOptInByLaw(country, location.IsInEuropeanUnion))
        {
            return Regime.OptIn;
        }

        var rule = site.Rules.FirstOrDefault(rule => rule.Country == country && rule.Subdivision is not null && rule.Subdivision == location.SubdivisionCode)
                   ?? site.Rules.FirstOrDefault(rule => rule.Country == country && rule.Subdivision is null);
        if (rule is not null)
        {
            return rule.Regime;
        }

        return country == "US" && location.SubdivisionCode == "CA" ? Regime.OptOut : site.Default;
    }

    /// <summary>The GDPR (EU and EEA) or an equivalent (GB, CH) requires prior consent there.</summary>
    public static bool IsOptInByLaw(string country, bool isInEuropeanUnion = false) =>
        isInEuropeanUnion || OptInCountries.Contains(country);

    private static readonly HashSet<string> OptInCountries =
    [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
        "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", // EU
        "IS", "LI", "NO", // EEA
        "GB", "CH",
    ];
}
