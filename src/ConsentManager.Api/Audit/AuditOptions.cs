using System.ComponentModel.DataAnnotations;

namespace ConsentManager.Api.Audit;

/// <summary>Bound from the <c>Audit</c> configuration section.</summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>How long audit entries are kept (<c>Audit__RetentionDays</c>).</summary>
    [Range(1, 3650, ErrorMessage = "Audit:RetentionDays must be between 1 and 3650.")]
    public int RetentionDays { get; set; } = 730;

    /// <summary>
    /// HMAC keys (<c>Audit__HashKeys__0</c>, …; at least 32 characters) for the audit chain and for keyed hashes of
    /// visitor ids in audit entries and erasure tombstones. The first signs. Unset: derived from the receipt MAC keys.
    /// </summary>
    public List<string> HashKeys { get; set; } = [];
}
