namespace ConsentManager.Api.Stats;

/// <summary>How often a purpose was granted and denied in a row's decisions; null when the row is suppressed.</summary>
public sealed record PurposeStats(long? Granted, long? Denied, double? GrantRate)
{
    public static PurposeStats Suppressed { get; } = new(null, null, null);

    internal static PurposeStats From(long granted, long denied) => new(granted, denied, StatsRates.Ratio(granted, granted + denied));
}
