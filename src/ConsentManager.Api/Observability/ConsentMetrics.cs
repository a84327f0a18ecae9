using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Text.Json;

namespace ConsentManager.Api.Observability;

/// <summary>
/// The consent instruments, one line to call where the event happens. Every meter whose name starts with
/// <see cref="MeterPrefix"/> is exported at /metrics, so a feature adds its own (e.g. webhook deliveries:
/// <c>new Meter("ConsentManager.Webhooks").CreateCounter&lt;long&gt;("consentmanager.webhook.deliveries")</c>, tagged
/// by outcome) without touching the exporter. Tags are low-cardinality enums: never ids, addresses or paths.
/// </summary>
public static class ConsentMetrics
{
    public const string MeterPrefix = "ConsentManager";

    private static readonly Meter Meter = new(MeterPrefix);
    private static readonly Counter<long> Decisions = Meter.CreateCounter<long>(
        "consentmanager.decisions", description: "Decisions answered, by reason.");
    private static readonly Counter<long> Receipts = Meter.CreateCounter<long>(
        "consentmanager.receipts", description: "Receipts newly stored, by action.");

    private static readonly ConcurrentDictionary<Enum, string> TagValues = new();

    public static void DecisionMade(Enum reason, int count = 1) => Decisions.Add(count, new KeyValuePair<string, object?>("reason", Tag(reason)));

    public static void ReceiptStored(Enum action) => Receipts.Add(1, new KeyValuePair<string, object?>("action", Tag(action)));

    // The value as the API writes it in JSON (no_consent, accept_all), so dashboards and responses agree.
    private static string Tag(Enum value) => TagValues.GetOrAdd(value, key => JsonNamingPolicy.SnakeCaseLower.ConvertName(key.ToString()));
}
