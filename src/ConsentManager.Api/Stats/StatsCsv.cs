using System.Globalization;
using CsvHelper;

namespace ConsentManager.Api.Stats;

/// <summary>The rows of a stats response as CSV: the JSON row's fields flattened, one column per purpose count.</summary>
internal static class StatsCsv
{
    public const string ContentType = "text/csv";

    public static string Write(StatsResponse response)
    {
        var purposes = response.Totals.Purposes.Keys.ToList();
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using var csv = new CsvWriter(text, CultureInfo.InvariantCulture);
        string[] header = ["key", "suppressed", "impressions", "decisions", "acceptAll", "rejectAll", "custom", "withdraw", "decisionRate"];
        foreach (var name in header.Concat(purposes.SelectMany(p => new[] { $"{p}.granted", $"{p}.denied", $"{p}.grantRate" })))
        {
            csv.WriteField(name);
        }

        csv.NextRecord();
        foreach (var row in response.Rows)
        {
            object?[] fields = [row.Key, row.Suppressed ? "true" : "false", row.Impressions, row.Decisions, row.AcceptAll, row.RejectAll,
                row.Custom, row.Withdraw, row.DecisionRate];
            foreach (var field in fields.Concat(purposes.SelectMany(p => Purpose(row, p))))
            {
                csv.WriteField(field is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : field?.ToString());
            }

            csv.NextRecord();
        }

        return text.ToString();
    }

    private static object?[] Purpose(StatsRow row, string purpose) =>
        row.Purposes.GetValueOrDefault(purpose) is { } stats ? [stats.Granted, stats.Denied, stats.GrantRate] : [null, null, null];
}
