using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace ConsentManager.Api.Stats;

/// <summary>
/// What one receipt adds to a counter hash, as one field: <c>s:action;purpose=1,purpose=0</c>, and in the day's
/// totals also the purpose versions, <c>;purpose=version,…</c>. Counting a receipt with four purposes took 58
/// increments, one per metric and hash; as a shape it takes one per hash (9). Reads expand every shape back into
/// the metrics of <see cref="StatsDimensions"/>, so hashes that still hold per-metric fields, counted before shapes,
/// read as before. Action names and purpose ids contain none of <c>;,=|</c>.
/// </summary>
public sealed record ReceiptShape(string Action, IReadOnlyDictionary<string, bool> Choices, IReadOnlyDictionary<string, int> PurposeVersions)
{
    private const string Marker = "s:";

    // Decoded shapes: a year by day reads the same few shapes hundreds of times. Shapes come only from site
    // definitions (actions, purposes, versions), so there are few; the cap only guards memory.
    private const int CachedShapes = 10_000;
    private static readonly ConcurrentDictionary<string, string[]> Decoded = new(StringComparer.Ordinal);

    /// <summary>The field counted in the grouped dimensions (country, regime, variant, device).</summary>
    public string GroupedField => Encode(withVersions: false);

    /// <summary>The field counted in the day's totals, which alone keep the purpose versions.</summary>
    public string TotalsField => Encode(withVersions: true);

    /// <summary>
    /// The fields as metrics: each shape becomes its decision, action, granted or denied per purpose and (totals)
    /// purpose versions, under the shape's own <c>value|</c> prefix and with its count. Other fields pass unchanged;
    /// a metric may repeat, and readers add its counts up.
    /// </summary>
    public static IEnumerable<KeyValuePair<string, long>> Expand(IEnumerable<KeyValuePair<string, long>> fields)
    {
        foreach (var field in fields)
        {
            // 0 for the totals, whose fields have no "value|" prefix.
            var start = field.Key.IndexOf('|') + 1;
            if (string.CompareOrdinal(field.Key, start, Marker, 0, Marker.Length) != 0)
            {
                yield return field;
                continue;
            }

            var shape = field.Key[start..];
            if (!Decoded.TryGetValue(shape, out var metrics))
            {
                metrics = Metrics(shape[Marker.Length..]).ToArray();
                if (Decoded.Count < CachedShapes)
                {
                    Decoded.TryAdd(shape, metrics);
                }
            }

            foreach (var metric in metrics)
            {
                yield return KeyValuePair.Create(start == 0 ? metric : field.Key[..start] + metric, field.Value);
            }
        }
    }

    private static IEnumerable<string> Metrics(string shape)
    {
        var parts = shape.Split(';');
        yield return StatsDimensions.Decisions;
        yield return StatsDimensions.Action(parts[0]);
        foreach (var (purposeId, value) in Pairs(parts[1]))
        {
            yield return value == "1" ? StatsDimensions.Granted(purposeId) : StatsDimensions.Denied(purposeId);
        }

        foreach (var (purposeId, version) in parts.Length > 2 ? Pairs(parts[2]) : [])
        {
            yield return StatsDimensions.PurposeVersion(purposeId, int.Parse(version, CultureInfo.InvariantCulture));
        }
    }

    private static IEnumerable<(string Key, string Value)> Pairs(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(pair => pair.Split('=', 2)).Select(pair => (pair[0], pair[1]));

    // Sorted by purpose id, so one shape is always the same field.
    private string Encode(bool withVersions)
    {
        var field = new StringBuilder(Marker).Append(Action).Append(';')
            .AppendJoin(',', Choices.OrderBy(choice => choice.Key, StringComparer.Ordinal).Select(choice => $"{choice.Key}={(choice.Value ? 1 : 0)}"));
        if (withVersions)
        {
            field.Append(';').AppendJoin(',', PurposeVersions.OrderBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(pair => string.Create(CultureInfo.InvariantCulture, $"{pair.Key}={pair.Value}")));
        }

        return field.ToString();
    }
}
