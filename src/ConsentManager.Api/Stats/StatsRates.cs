namespace ConsentManager.Api.Stats;

internal static class StatsRates
{
    /// <summary>A share rounded to four decimals, or null when there is nothing to divide by.</summary>
    public static double? Ratio(long part, long whole) => whole == 0 ? null : Math.Round((double)part / whole, 4);
}
