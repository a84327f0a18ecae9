using ConsentManager.Api.Consents;

namespace ConsentManager.Api.Stats;

/// <summary>
/// Counts every stored receipt into the site's daily aggregates, exactly once per receipt id (see
/// <see cref="IReceiptObserver"/>): it runs again on each retry and the store ignores ids it has counted.
/// Reads only the receipt's action, choices, purpose versions, regime, country, variant and time, plus the
/// device class of the user agent, which is not kept.
/// </summary>
internal sealed class ReceiptCounter(RedisStatsStore store, ILogger<ReceiptCounter> logger) : IReceiptObserver
{
    public async Task OnStoredAsync(StoredReceipt stored)
    {
        var receipt = stored.Receipt;
        var cell = new StatsCell(
            DateOnly.FromDateTime(receipt.RecordedAt.UtcDateTime),
            receipt.Country ?? StatsDimensions.UnknownCountry,
            WireNames.Of(receipt.Regime),
            receipt.BannerVariant,
            DeviceClassifier.Classify(stored.UserAgent));
        var shape = new ReceiptShape(WireNames.Of(receipt.Action), receipt.Choices, receipt.PurposeVersions);
        var counted = await store.CountReceiptAsync(receipt.SiteId, Guid.Parse(receipt.ReceiptId), cell, shape);
        logger.LogDebug("Receipt {ReceiptId} on site {SiteId}: {Outcome}", receipt.ReceiptId, receipt.SiteId, counted ? "counted" : "already counted");
    }
}
