namespace ConsentManager.Api.Stats;

/// <summary>The body of <c>GET /v1/sites/{siteId}/stats</c>: aggregates only, never an individual's data.</summary>
public sealed record StatsResponse(string SiteId, DateOnly From, DateOnly To, StatsGroup GroupBy, StatsRow Totals, IReadOnlyList<StatsRow> Rows);
