using System.Text.Json.Serialization;

namespace ConsentManager.Api.Stats;

/// <summary>How stats rows are grouped; every grouping but <see cref="Day"/> sums the range per value.</summary>
public enum StatsGroup
{
    Day,
    Country,
    Regime,
    Variant,
    Device,
}

internal static class StatsGroupExtensions
{
    /// <summary>The per-day hash holding this grouping's counters (see <c>RedisKeys.StatsDay</c>).</summary>
    public static string Dimension(this StatsGroup group) => group switch
    {
        StatsGroup.Day => StatsDimensions.All,
        StatsGroup.Country => StatsDimensions.Country,
        StatsGroup.Regime => StatsDimensions.Regime,
        StatsGroup.Variant => StatsDimensions.Variant,
        StatsGroup.Device => StatsDimensions.Device,
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, null),
    };
}
