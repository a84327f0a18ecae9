using ConsentManager.Api.Consents;

namespace ConsentManager.Api.Changes;

/// <summary>
/// Publishes every stored receipt as <c>consent.recorded</c> or <c>consent.withdrawn</c>. The recorder calls it on
/// the first write and again on every retry of the same receipt; the event id is derived from the receipt id, so a
/// retry republishes the same event, which the feed stores once: nothing lost after a crash, nothing doubled.
/// </summary>
internal sealed class ReceiptChangePublisher(IChangeFeed feed) : IReceiptObserver
{
    public Task OnStoredAsync(StoredReceipt stored)
    {
        var receipt = stored.Receipt;
        var type = receipt.Action == ConsentAction.Withdraw ? ChangeTypes.ConsentWithdrawn : ChangeTypes.ConsentRecorded;
        return feed.PublishAsync(new ChangeEvent(
            EventId(receipt.ReceiptId), type, receipt.RecordedAt, receipt.SiteId, receipt.VisitorId,
            receipt.ReceiptId, receipt.Action, receipt.Choices));
    }

    // One receipt is one change; its id is a canonical UUID, so the event id stays inside the feed's id pattern.
    internal static string EventId(string receiptId) => $"evt_{receiptId}";
}
