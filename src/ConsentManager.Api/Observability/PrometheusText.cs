using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;

namespace ConsentManager.Api.Observability;

/// <summary>Writes the collected series in the Prometheus text exposition format (version 0.0.4).</summary>
public static class PrometheusText
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    /// <summary>An OpenTelemetry-style name (<c>http.server.request.duration</c>) as a Prometheus name.</summary>
    public static string Name(string name) => name.Replace('.', '_').Replace('-', '_');

    public static string Write(MetricsCollector collector)
    {
        var text = new StringBuilder();
        foreach (var instrument in collector.Snapshot())
        {
            var name = MetricName(instrument.Key);
            var kind = instrument.First().Series.Kind;
            var histogram = kind == MetricKind.Histogram;
            text.Append("# HELP ").Append(name).Append(' ').Append(instrument.Key.Description ?? instrument.Key.Name).Append('\n');
            text.Append("# TYPE ").Append(name).Append(' ').Append(kind.ToString().ToLowerInvariant()).Append('\n');
            foreach (var (labels, series) in instrument)
            {
                var (sum, count, buckets) = series.Read();
                if (!histogram)
                {
                    Sample(text, name, labels, sum);
                    continue;
                }

                long cumulative = 0;
                for (var i = 0; i < buckets.Length; i++)
                {
                    cumulative += buckets[i];
                    Sample(text, name + "_bucket", Join(labels, $"le=\"{Number(MetricSeries.Buckets[i])}\""), cumulative);
                }

                Sample(text, name + "_bucket", Join(labels, "le=\"+Inf\""), count);
                Sample(text, name + "_sum", labels, sum);
                Sample(text, name + "_count", labels, count);
            }
        }

        return text.ToString();
    }

    private static string MetricName(Instrument instrument)
    {
        var name = Name(instrument.Name);
        if (instrument.Unit == "s" && !name.EndsWith("_seconds", StringComparison.Ordinal))
        {
            name = name.Replace("_duration", "_duration_seconds", StringComparison.Ordinal);
        }

        return instrument is Counter<long> or Counter<int> or Counter<double> ? name + "_total" : name;
    }

    private static string Join(string labels, string label) => labels.Length == 0 ? label : labels + "," + label;

    private static void Sample(StringBuilder text, string name, string labels, double value) =>
        text.Append(name).Append(labels.Length == 0 ? "" : "{" + labels + "}").Append(' ').Append(Number(value)).Append('\n');

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
