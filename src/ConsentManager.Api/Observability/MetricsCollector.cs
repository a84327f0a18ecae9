using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Text;

namespace ConsentManager.Api.Observability;

/// <summary>
/// Keeps running totals of the exported instruments per tag set, for <see cref="PrometheusText"/>: every
/// <see cref="ConsentMetrics.MeterPrefix"/> meter, and ASP.NET Core's request duration (tagged by route template,
/// never by raw path). Only meters of this app's host are heard, so several hosts in one process stay apart.
/// </summary>
public sealed class MetricsCollector : IDisposable
{
    private const string HostingMeter = "Microsoft.AspNetCore.Hosting";
    private const string RuntimeMeter = "System.Runtime";

    // The runtime's memory, read at each scrape: to tell a growing managed heap from a process that only reserved more.
    private static readonly string[] RuntimeGauges = ["dotnet.gc.last_collection.heap.size", "dotnet.process.memory.working_set"];
    private readonly MeterListener _listener = new();
    private readonly IMeterFactory _hostMeters;
    private readonly ConcurrentDictionary<(Instrument Instrument, string Labels), MetricSeries> _series = new();

    // The series of each tag set seen so far; tag sets in another order find the same series through its labels.
    private readonly ConcurrentDictionary<SeriesKey, MetricSeries> _byTags = new(new SeriesKey.Comparer());
    private readonly ConcurrentDictionary<SeriesKey, MetricSeries>.AlternateLookup<SeriesKey.Lookup> _byTagsLookup;

    public MetricsCollector(IMeterFactory hostMeters)
    {
        _hostMeters = hostMeters;
        _byTagsLookup = _byTags.GetAlternateLookup<SeriesKey.Lookup>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (IsExported(instrument))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    /// <summary>Every series so far, grouped by instrument.</summary>
    public IEnumerable<IGrouping<Instrument, (string Labels, MetricSeries Series)>> Snapshot()
    {
        _listener.RecordObservableInstruments();
        return _series.Select(entry => (entry.Key.Instrument, entry.Key.Labels, entry.Value))
            .OrderBy(entry => entry.Instrument.Name, StringComparer.Ordinal).ThenBy(entry => entry.Labels, StringComparer.Ordinal)
            .GroupBy(entry => entry.Instrument, entry => (entry.Labels, entry.Item3));
    }

    public void Dispose() => _listener.Dispose();

    private bool IsExported(Instrument instrument) =>
        instrument.Meter.Name.StartsWith(ConsentMetrics.MeterPrefix, StringComparison.Ordinal)
        || (instrument.Meter.Name == HostingMeter && instrument.Name == "http.server.request.duration"
            && ReferenceEquals(instrument.Meter.Scope, _hostMeters))
        || (instrument.Meter.Name == RuntimeMeter && RuntimeGauges.Contains(instrument.Name));

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var key = new SeriesKey.Lookup(instrument, tags);
        if (!_byTagsLookup.TryGetValue(key, out var series))
        {
            series = _series.GetOrAdd((instrument, Labels(tags)), static key => new MetricSeries(KindOf(key.Instrument)));
            _byTagsLookup.TryAdd(key, series);
        }

        series.Add(value);
    }

    private static MetricKind KindOf(Instrument instrument) => instrument switch
    {
        Histogram<double> => MetricKind.Histogram,
        ObservableUpDownCounter<long> or ObservableGauge<long> or ObservableGauge<double> => MetricKind.Gauge,
        _ => MetricKind.Counter,
    };

    private static string Labels(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var pairs = new List<(string Name, string Value)>(tags.Length);
        foreach (var tag in tags)
        {
            pairs.Add((PrometheusText.Name(tag.Key), Escape(tag.Value?.ToString() ?? "")));
        }

        pairs.Sort((left, right) => string.CompareOrdinal(left.Name, right.Name));
        var labels = new StringBuilder();
        foreach (var (name, value) in pairs)
        {
            labels.Append(labels.Length == 0 ? "" : ",").Append(name).Append("=\"").Append(value).Append('"');
        }

        return labels.ToString();
    }

    private static string Escape(string value) => value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n");
}
