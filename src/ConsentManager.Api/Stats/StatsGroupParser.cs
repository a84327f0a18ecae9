using ConsentManager.Api.Errors;

namespace ConsentManager.Api.Stats;

internal static class StatsGroupParser
{
    private static readonly Dictionary<string, StatsGroup> ByName =
        Enum.GetValues<StatsGroup>().ToDictionary(group => WireNames.Of(group), StringComparer.Ordinal);

    /// <summary>The query's <c>groupBy</c>; <c>day</c> when absent.</summary>
    public static StatsGroup Parse(string? groupBy) =>
        groupBy is null ? StatsGroup.Day
        : ByName.TryGetValue(groupBy, out var group) ? group
        : throw ApiProblemException.Invalid("groupBy", $"'groupBy' must be one of {string.Join(", ", ByName.Keys)}; '{groupBy}' is not.");
}
