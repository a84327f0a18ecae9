using ConsentManager.Api.Consents;
using ConsentManager.Api.Features;

namespace ConsentManager.Api.Stats;

/// <summary>The body of <c>GET /v1/sites/{siteId}/stats/variants</c>: each banner variant against the default.</summary>
public sealed record VariantsResponse(string SiteId, DateOnly From, DateOnly To, string DefaultVariant, IReadOnlyList<VariantStats> Variants)
{
    private static readonly string AcceptAllMetric = StatsDimensions.Action(WireNames.Of(ConsentAction.AcceptAll));

    internal static VariantsResponse Build(string siteId, StatsRange range, IReadOnlyDictionary<string, StatsTally> tallies,
        IReadOnlyList<string> purposes, int minCellSize)
    {
        // Every known variant appears, counted or not, so the comparison always has its baseline row.
        var names = BannerVariants.All.Union(tallies.Keys).ToList();
        var baseline = tallies.GetValueOrDefault(BannerVariants.Bar) ?? new StatsTally();
        var baselineShown = baseline[StatsDimensions.Decisions] >= minCellSize;
        var variants = names.Select(name =>
        {
            var tally = tallies.GetValueOrDefault(name) ?? new StatsTally();
            var decisions = tally[StatsDimensions.Decisions];
            if (decisions < minCellSize)
            {
                return new VariantStats(name, true, null, null, null, null, purposes.ToDictionary(p => p, _ => (double?)null), null);
            }

            var acceptAll = tally[AcceptAllMetric];
            var versus = name == BannerVariants.Bar || !baselineShown
                ? null
                : ProportionDifference.Of(acceptAll, decisions, baseline[AcceptAllMetric], baseline[StatsDimensions.Decisions]);
            return new VariantStats(
                name, false, tally[StatsDimensions.Impressions], decisions, acceptAll, StatsRates.Ratio(acceptAll, decisions),
                purposes.ToDictionary(p => p, p => PurposeStats.From(tally[StatsDimensions.Granted(p)], tally[StatsDimensions.Denied(p)]).GrantRate),
                versus);
        }).ToList();
        return new VariantsResponse(siteId, range.From, range.To, BannerVariants.Bar, variants);
    }
}
