using System.ComponentModel.DataAnnotations;

namespace ConsentManager.Api.Stats;

/// <summary>Bound from the <c>Stats</c> configuration section.</summary>
public sealed class StatsOptions
{
    public const string Section = "Stats";

    /// <summary>How long a day's aggregates (and its counted receipt ids) are kept: 760 days is about 25 months.</summary>
    [Range(1, 3650, ErrorMessage = "Stats:RetentionDays must be between 1 and 3650.")]
    public int RetentionDays { get; set; } = 760;

    /// <summary>Rows with fewer decisions than this are suppressed, so no cell points at a handful of people.</summary>
    [Range(1, 1000, ErrorMessage = "Stats:MinCellSize must be between 1 and 1000.")]
    public int MinCellSize { get; set; } = 10;
}
