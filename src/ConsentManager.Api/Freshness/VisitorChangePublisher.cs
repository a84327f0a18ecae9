using ConsentManager.Api.Consents;

namespace ConsentManager.Api.Freshness;

/// <summary>
/// Announces every stored receipt (and again on each retry) before the client is acknowledged, so no instance
/// answers from a cached receipt after a withdrawal was acknowledged.
/// </summary>
internal sealed class VisitorChangePublisher(VisitorChangeSignal signal) : IReceiptObserver
{
    public Task OnStoredAsync(StoredReceipt stored) => signal.PublishAsync(stored.Receipt.SiteId, stored.Receipt.VisitorId);
}
