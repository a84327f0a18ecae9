using System.ComponentModel.DataAnnotations;

namespace ConsentManager.Api.Decisions;

/// <summary>Bound from the <c>Decisions</c> configuration section.</summary>
public sealed class DecisionCacheOptions
{
    public const string Section = "Decisions";

    /// <summary>Visitors whose answer each instance keeps in memory for decisions; 0 turns the cache off.</summary>
    [Range(0, 10_000_000, ErrorMessage = "Decisions:CacheEntries must be between 0 and 10000000.")]
    public int CacheEntries { get; set; } = 200_000;
}
