namespace ConsentManager.Api.Stats;

/// <summary>
/// Where one receipt or impression is counted: its UTC day and its value in each non-total dimension, in the order
/// of <see cref="StatsDimensions.Ordered"/> after <see cref="StatsDimensions.All"/>.
/// </summary>
public sealed record StatsCell(DateOnly Day, string Country, string Regime, string Variant, string Device)
{
    /// <summary>The field prefix per dimension: none for the totals, <c>value|</c> for the others.</summary>
    public IReadOnlyList<string> Prefixes => ["", $"{Country}|", $"{Regime}|", $"{Variant}|", $"{Device}|"];
}
