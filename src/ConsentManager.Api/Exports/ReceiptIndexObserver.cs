using ConsentManager.Api.Consents;

namespace ConsentManager.Api.Exports;

/// <summary>Adds every stored receipt to its site's index; a sorted-set add, so a retry changes nothing.</summary>
internal sealed class ReceiptIndexObserver(RedisReceiptIndex index) : IReceiptObserver
{
    public Task OnStoredAsync(StoredReceipt stored) =>
        index.AddAsync(stored.Receipt.SiteId, stored.Receipt.ReceiptId, stored.Receipt.VisitorId, stored.Receipt.RecordedAt);
}
