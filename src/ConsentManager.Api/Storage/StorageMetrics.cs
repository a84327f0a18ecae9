using System.Diagnostics;
using System.Diagnostics.Metrics;
using StackExchange.Redis;

namespace ConsentManager.Api.Storage;

/// <summary>Redis call latency and failures, exported at /metrics (the meter name has the ConsentManager prefix).</summary>
internal static class StorageMetrics
{
    private static readonly Meter Meter = new("ConsentManager.Storage");
    private static readonly Histogram<double> CallDuration = Meter.CreateHistogram<double>(
        "consentmanager.redis.call.duration", unit: "s", description: "Store calls through RedisConnection, in seconds.");
    private static readonly Counter<long> Errors = Meter.CreateCounter<long>(
        "consentmanager.redis.errors", description: "Store calls that failed as unavailable (answered 503).");

    public static void CallEnded(long startTimestamp) => CallDuration.Record(Stopwatch.GetElapsedTime(startTimestamp).TotalSeconds);

    public static void CallFailed(Exception exception) =>
        Errors.Add(1, new KeyValuePair<string, object?>("error", exception is TimeoutException or RedisTimeoutException ? "timeout" : "unavailable"));
}
