using System.Globalization;
using ConsentManager.Api.Sites;
using Microsoft.Extensions.Options;

namespace ConsentManager.Api.Stats;

/// <summary>Reads a site's daily counters and shapes them into rows, totals and variant comparisons.</summary>
public sealed class StatsService(SiteDirectory sites, RedisStatsStore store, IOptions<StatsOptions> options)
{
    private int MinCellSize => options.Value.MinCellSize;

    public async Task<StatsResponse> GetAsync(string siteId, StatsRange range, StatsGroup group)
    {
        var site = await sites.GetRequiredAsync(siteId);
        var tallies = await TallyAsync(siteId, range, group);
        var totals = new StatsTally();
        foreach (var tally in tallies.Values)
        {
            // Every receipt and impression has exactly one value per dimension, so the rows add up to the totals.
            totals.Add(tally);
        }

        var purposes = PurposeOrder(site, totals);
        var rows = tallies.Select(pair => StatsRow.From(pair.Key, pair.Value, purposes, MinCellSize)).ToList();
        return new StatsResponse(siteId, range.From, range.To, group, StatsRow.From(null, totals, purposes, MinCellSize), rows);
    }

    public async Task<VariantsResponse> GetVariantsAsync(string siteId, StatsRange range)
    {
        var site = await sites.GetRequiredAsync(siteId);
        var tallies = await TallyAsync(siteId, range, StatsGroup.Variant);
        var purposes = PurposeOrder(site, tallies.Values);
        return VariantsResponse.Build(siteId, range, tallies, purposes, MinCellSize);
    }

    // Rows in order: every day of the range for Day (empty days too, so charts have a continuous axis), else by value.
    private async Task<IReadOnlyDictionary<string, StatsTally>> TallyAsync(string siteId, StatsRange range, StatsGroup group)
    {
        var tallies = new SortedDictionary<string, StatsTally>(StringComparer.Ordinal);
        if (group == StatsGroup.Day)
        {
            var days = await store.ReadDaysAsync(siteId, group.Dimension(), range.From, range.To);
            for (var offset = 0; offset < days.Count; offset++)
            {
                var tally = new StatsTally();
                foreach (var (metric, count) in days[offset])
                {
                    tally.Add(metric, count);
                }

                tallies[range.From.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)] = tally;
            }

            return tallies;
        }

        foreach (var (field, count) in await store.ReadSumAsync(siteId, group.Dimension(), range.From, range.To))
        {
            // Fields of a grouped dimension are "value|metric" (see StatsDimensions).
            var separator = field.IndexOf('|');
            var value = field[..separator];
            if (!tallies.TryGetValue(value, out var tally))
            {
                tallies[value] = tally = new StatsTally();
            }

            tally.Add(field[(separator + 1)..], count);
        }

        return tallies;
    }

    // The site's purposes in its own order, then any purpose that only older receipts mention.
    private static IReadOnlyList<string> PurposeOrder(Site site, params IEnumerable<StatsTally> tallies)
    {
        var configured = site.Definition.Purposes.Select(purpose => purpose.Id).ToList();
        var retired = tallies.SelectMany(tally => tally.Purposes).Distinct().Except(configured).Order(StringComparer.Ordinal);
        return [.. configured, .. retired];
    }
}
