namespace ConsentManager.Api.Stats;

/// <summary>
/// The difference of two proportions with a 95% Wald interval, the textbook test for an A/B split of visitors:
/// <code>
/// p1 = x1 / n1, p2 = x2 / n2, d = p1 - p2
/// SE = sqrt(p1 (1 - p1) / n1 + p2 (1 - p2) / n2)
/// CI = d ± 1.959964 · SE, significant when the interval excludes 0
/// </code>
/// Sample 1 is the variant, sample 2 the default (<c>bar</c>). Wald is accurate for the counts marketing compares
/// (tens of decisions per variant and more, which small-cell suppression guarantees), and simple to check by hand.
/// </summary>
public sealed record ProportionDifference(double Difference, double Lower, double Upper, bool Significant)
{
    public const double Z95 = 1.959964;

    /// <summary>Null when either sample is empty: there is no proportion to compare.</summary>
    public static ProportionDifference? Of(long successes1, long n1, long successes2, long n2)
    {
        if (n1 <= 0 || n2 <= 0)
        {
            return null;
        }

        var p1 = (double)successes1 / n1;
        var p2 = (double)successes2 / n2;
        var difference = p1 - p2;
        var margin = Z95 * Math.Sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
        var (lower, upper) = (difference - margin, difference + margin);
        return new ProportionDifference(Round(difference), Round(lower), Round(upper), lower > 0 || upper < 0);
    }

    private static double Round(double value) => Math.Round(value, 4);
}
