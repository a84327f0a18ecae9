using ConsentManager.Api.Visitors;

namespace ConsentManager.Api.Consents;

public interface IConsentStore
{
    /// <summary>
    /// Binds a receipt id to a visitor the first time it is seen and returns the visitor it belongs to, so a retry
    /// that lost its response (and never learned its generated visitor id) finds the same visitor.
    /// </summary>
    Task<string> ClaimReceiptIdAsync(string siteId, string receiptId, string visitorId, TimeSpan retention);

    /// <summary>
    /// Appends a receipt and makes it the visitor's current one, atomically. A receipt id already stored with the
    /// same fingerprint returns the stored receipt; with another fingerprint, a conflict. Nothing is ever overwritten.
    /// </summary>
    Task<AppendResult> AppendAsync(ConsentReceipt receipt, string fingerprint, TimeSpan retention);

    Task<ConsentReceipt?> FindCurrentAsync(string siteId, string visitorId);

    Task<ConsentReceipt?> FindReceiptAsync(string siteId, string visitorId, string receiptId);

    /// <summary>Remembers an opt-out/notice visitor without a receipt for <paramref name="lifetime"/>.</summary>
    Task RecordSightingAsync(VisitorSighting sighting, TimeSpan lifetime);

    Task<VisitorSighting?> FindSightingAsync(string siteId, string visitorId);

    /// <summary>The visitor's receipts, oldest first (at most <paramref name="limit"/>, newest kept).</summary>
    Task<IReadOnlyList<ConsentReceipt>> GetHistoryAsync(string siteId, string visitorId, int limit);
}

public enum AppendOutcome
{
    Created,
    AlreadyStored,
    Conflict,
}

public sealed record AppendResult(AppendOutcome Outcome, ConsentReceipt? Receipt);
