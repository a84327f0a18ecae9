using System.Globalization;
using ConsentManager.Api.Errors;

namespace ConsentManager.Api.Stats;

/// <summary>An inclusive range of UTC days, at most <see cref="MaxDays"/> long.</summary>
public sealed record StatsRange(DateOnly From, DateOnly To)
{
    public const int MaxDays = 400;

    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>Parses the query's <c>from</c> and <c>to</c>; a 400 problem names the bad value and the rule.</summary>
    public static StatsRange Parse(string? from, string? to)
    {
        var range = new StatsRange(ParseDay("from", from), ParseDay("to", to));
        if (range.From > range.To)
        {
            throw ApiProblemException.Invalid("from", $"'from' ({from}) is after 'to' ({to}).");
        }

        return range.Days <= MaxDays
            ? range
            : throw ApiProblemException.Invalid("to", $"The range {from}..{to} spans {range.Days} days; at most {MaxDays} are allowed.");
    }

    private static DateOnly ParseDay(string name, string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw ApiProblemException.Invalid(name, value is null
                ? $"'{name}' is required, as a UTC date YYYY-MM-DD."
                : $"'{name}' must be a date YYYY-MM-DD; '{value}' is not.");
}
