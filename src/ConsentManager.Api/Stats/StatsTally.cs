namespace ConsentManager.Api.Stats;

/// <summary>Counters summed for one row: metric name (see <see cref="StatsDimensions"/>) to count.</summary>
internal sealed class StatsTally
{
    private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);

    public long this[string metric] => _counts.GetValueOrDefault(metric);

    public IEnumerable<string> Metrics => _counts.Keys;

    public void Add(string metric, long count) => _counts[metric] = this[metric] + count;

    public void Add(StatsTally other)
    {
        foreach (var (metric, count) in other._counts)
        {
            Add(metric, count);
        }
    }

    /// <summary>Purpose ids that have a granted or denied count here.</summary>
    public IEnumerable<string> Purposes => _counts.Keys
        .Where(metric => metric.StartsWith("g:", StringComparison.Ordinal) || metric.StartsWith("d:", StringComparison.Ordinal))
        .Select(metric => metric[2..]);
}
