using ConsentManager.Api.Regimes;

namespace ConsentManager.Api.Visitors;

/// <summary>
/// A visitor seen under a regime that allows tracking without a choice (opt-out, notice), with their GPC signal:
/// what the decision API needs to answer for a visitor who has no receipt. Never stored for opt-in visitors.
/// </summary>
public sealed record VisitorSighting(string SiteId, string VisitorId, Regime Regime, bool Gpc, DateTimeOffset SeenAt);
