using System.ComponentModel.DataAnnotations;

namespace ConsentManager.Api.Consents;

/// <summary>Bound from the <c>Consents</c> configuration section.</summary>
public sealed class ConsentOptions
{
    public const string Section = "Consents";

    /// <summary>How long a receipt is kept as proof after the consent it records has expired.</summary>
    [Range(30, 3650, ErrorMessage = "Consents:ProofRetentionDays must be between 30 and 3650.")]
    public int ProofRetentionDays { get; set; } = 1095;

    /// <summary>How many receipts the history endpoint returns at most (newest kept).</summary>
    [Range(1, 10000, ErrorMessage = "Consents:HistoryLimit must be between 1 and 10000.")]
    public int HistoryLimit { get; set; } = 500;
}
