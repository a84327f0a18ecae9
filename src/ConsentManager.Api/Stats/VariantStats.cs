namespace ConsentManager.Api.Stats;

/// <summary>
/// One banner variant over the range. <see cref="VersusDefault"/> compares its accept-all rate with the default
/// variant's; null for the default itself and whenever either side is suppressed.
/// </summary>
public sealed record VariantStats(
    string Variant,
    bool Suppressed,
    long? Impressions,
    long? Decisions,
    long? AcceptAll,
    double? AcceptAllRate,
    IReadOnlyDictionary<string, double?> GrantRates,
    ProportionDifference? VersusDefault);
