namespace ConsentManager.Api.Regimes;

/// <summary>
/// A site's regime table: <see cref="Rules"/> map a country (optionally one subdivision, e.g. US + CA) to a regime,
/// <see cref="Default"/> covers every other known country.
/// </summary>
public sealed record SiteRegimes(IReadOnlyList<RegimeRule> Rules, Regime Default = Regime.OptIn)
{
    public static SiteRegimes Recruitment { get; } = new([]);
}

/// <summary>One row of the regime table. Country is ISO 3166-1 alpha-2, subdivision the ISO 3166-2 part after the dash.</summary>
public sealed record RegimeRule(string Country, Regime Regime, string? Subdivision = null);
