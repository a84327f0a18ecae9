namespace ConsentManager.Api.Consents;

public interface IConsentStore
{
    /// <summary>
    /// Binds a receipt id to a visitor the first time it is seen and returns the claim it holds, so a retry that
    /// lost its response (and never learned its minted visitor) finds the same visitor.
    /// </summary>
    Task<ReceiptClaim> ClaimReceiptIdAsync(string siteId, string receiptId, ReceiptClaim claim, TimeSpan retention);

    Task<ReceiptClaim?> FindClaimAsync(string siteId, string receiptId);

    /// <summary>
    /// Appends a receipt and makes it the visitor's current one, atomically, only while the current receipt is still
    /// <see cref="ConsentReceipt.PreviousReceiptId"/> (else <see cref="AppendOutcome.Moved"/>: the chain never forks).
    /// A receipt id already stored with the same fingerprint returns the stored receipt; with another, a conflict.
    /// </summary>
    Task<AppendResult> AppendAsync(ConsentReceipt receipt, string fingerprint, TimeSpan retention);

    Task<ConsentReceipt?> FindCurrentAsync(string siteId, string visitorId);

    Task<ConsentReceipt?> FindReceiptAsync(string siteId, string visitorId, string receiptId);

    /// <summary>The visitor's receipts, oldest first (at most <paramref name="limit"/>, newest kept).</summary>
    Task<IReadOnlyList<ConsentReceipt>> GetHistoryAsync(string siteId, string visitorId, int limit);
}

public enum AppendOutcome
{
    Created,
    AlreadyStored,
    Conflict,

    /// <summary>Another receipt became current since the caller read it: re-read, re-chain, retry.</summary>
    Moved,
}

public sealed record AppendResult(AppendOutcome Outcome, ConsentReceipt? Receipt);
