using System.Text.Json.Serialization;
using ConsentManager.Api.Consents;

namespace ConsentManager.Api.Stats;

/// <summary>
/// One row of <c>GET /stats</c> (or its totals, which have no key). A row with fewer decisions than
/// <c>Stats:MinCellSize</c> is suppressed: every count and rate is null, so it cannot single anyone out.
/// </summary>
public sealed record StatsRow(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Key,
    bool Suppressed,
    long? Impressions,
    long? Decisions,
    long? AcceptAll,
    long? RejectAll,
    long? Custom,
    long? Withdraw,
    double? DecisionRate,
    IReadOnlyDictionary<string, PurposeStats> Purposes)
{
    internal static StatsRow From(string? key, StatsTally tally, IReadOnlyList<string> purposes, int minCellSize)
    {
        var decisions = tally[StatsDimensions.Decisions];
        if (decisions < minCellSize)
        {
            return new StatsRow(key, true, null, null, null, null, null, null, null,
                purposes.ToDictionary(purpose => purpose, _ => PurposeStats.Suppressed));
        }

        var impressions = tally[StatsDimensions.Impressions];
        return new StatsRow(
            key, false, impressions, decisions,
            Count(tally, ConsentAction.AcceptAll), Count(tally, ConsentAction.RejectAll),
            Count(tally, ConsentAction.Custom), Count(tally, ConsentAction.Withdraw),
            StatsRates.Ratio(decisions, impressions),
            purposes.ToDictionary(
                purpose => purpose,
                purpose => PurposeStats.From(tally[StatsDimensions.Granted(purpose)], tally[StatsDimensions.Denied(purpose)])));
    }

    private static long Count(StatsTally tally, ConsentAction action) => tally[StatsDimensions.Action(WireNames.Of(action))];
}
