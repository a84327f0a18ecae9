using System.ComponentModel.DataAnnotations;

namespace ConsentManager.Api.Consents;

/// <summary>Bound from the <c>Receipts</c> configuration section (<c>Receipts__MacKeys__0</c>, <c>__1</c>, …).</summary>
public sealed class ReceiptOptions
{
    public const string Section = "Receipts";

    /// <summary>HMAC keys (at least 32 characters each) for receipt MACs: the first signs, all verify.</summary>
    public List<string> MacKeys { get; set; } = [];

    /// <summary>
    /// Stores new receipts in the compact form (<see cref="ReceiptCodec"/>). Both forms are always read; turn this off
    /// while instances older than the compact form still run, since they read only JSON.
    /// </summary>
    public bool CompactStorage { get; set; } = true;

    /// <summary>
    /// The layout new receipts are written in (<see cref="Storage.RedisKeys"/>): 2, one string per receipt and the
    /// history's last entry as the current one; or 1, a hash per receipt and a separate current key. Both are always
    /// read; write 1 while instances older than layout 2 still run, since they read only that.
    /// </summary>
    [Range(1, 2)]
    public int Layout { get; set; } = 2;
}
