using System.Diagnostics.Metrics;

namespace ConsentManager.Api.Decisions;

/// <summary>How decisions found their visitor's answer: in the cache, in the store after a miss, or bypassing it.</summary>
internal static class DecisionCacheMetrics
{
    private static readonly Meter Meter = new("ConsentManager.Decisions");
    private static readonly Counter<long> Lookups = Meter.CreateCounter<long>(
        "consentmanager.decision_cache.lookups", description: "Answer lookups of decisions, by outcome (hit, miss, bypass).");

    public static void Looked(int hits, int misses)
    {
        Lookups.Add(hits, new KeyValuePair<string, object?>("outcome", "hit"));
        Lookups.Add(misses, new KeyValuePair<string, object?>("outcome", "miss"));
    }

    public static void Bypassed(int count) => Lookups.Add(count, new KeyValuePair<string, object?>("outcome", "bypass"));
}
