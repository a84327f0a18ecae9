namespace ConsentManager.Api.Observability;

/// <summary>
/// One instrument's values for one tag set: a sum (counters), cumulative buckets (histograms, seconds), or the last
/// observed value (gauges: the runtime's memory figures).
/// </summary>
public sealed class MetricSeries(MetricKind kind)
{
    /// <summary>Upper bounds in seconds, from sub-millisecond Redis calls to the 2 s store timeout and beyond.</summary>
    public static readonly double[] Buckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

    private readonly Lock _lock = new();
    private readonly long[] _buckets = kind == MetricKind.Histogram ? new long[Buckets.Length] : [];
    private double _sum;
    private long _count;

    public MetricKind Kind => kind;

    public void Add(double value)
    {
        if (kind == MetricKind.Gauge)
        {
            lock (_lock)
            {
                (_sum, _count) = (value, 1);
            }

            return;
        }

        lock (_lock)
        {
            _sum += value;
            _count++;
            for (var i = 0; i < _buckets.Length; i++)
            {
                if (value <= Buckets[i])
                {
                    _buckets[i]++;
                    break;
                }
            }
        }
    }

    /// <summary>A consistent copy: sum, count and per-bucket (not yet cumulative) counts.</summary>
    public (double Sum, long Count, long[] Buckets) Read()
    {
        lock (_lock)
        {
            return (_sum, _count, (long[])_buckets.Clone());
        }
    }
}

public enum MetricKind
{
    Counter,
    Histogram,
    Gauge,
}
