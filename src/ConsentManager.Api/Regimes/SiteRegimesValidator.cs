using System.Text.RegularExpressions;
using ConsentManager.Api.Errors;

namespace ConsentManager.Api.Regimes;

/// <summary>Rules must name real-looking codes and may not weaken the opt-in the law requires.</summary>
internal static partial class SiteRegimesValidator
{
    private const int MaxRules = 300;

    public static void Validate(SiteRegimes regimes, ValidationErrors errors)
    {
        errors.Require(regimes.Rules.Count <= MaxRules, "regimes.rules", $"At most {MaxRules} regime rules are allowed.");
        for (var i = 0; i < regimes.Rules.Count; i++)
        {
            var rule = regimes.Rules[i];
            var path = $"regimes.rules[{i}]";
            errors.Require(CountryCode().IsMatch(rule.Country), $"{path}.country", $"Country '{rule.Country}' is not an upper-case ISO 3166-1 alpha-2 code.");
            errors.Require(rule.Subdivision is null || SubdivisionCode().IsMatch(rule.Subdivision), $"{path}.subdivision",
                $"Subdivision '{rule.Subdivision}' is not an upper-case ISO 3166-2 subdivision code (e.g. 'CA').");
            errors.Require(rule.Regime == Regime.OptIn || !RegimeResolver.IsOptInByLaw(rule.Country), $"{path}.regime",
                $"Country '{rule.Country}' requires prior consent; its regime must stay 'opt-in'.");
        }
    }

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryCode();

    [GeneratedRegex("^[A-Z0-9]{1,3}$")]
    private static partial Regex SubdivisionCode();
}
