namespace ConsentManager.Api.Consents;

internal static class ReceiptMapping
{
    public static RecordedConsentResponse ToResponse(this ConsentReceipt receipt, string? visitorToken) => new(
        receipt.ReceiptId, receipt.VisitorId, visitorToken, receipt.SiteId, receipt.Action, receipt.Choices, receipt.PurposeVersions,
        receipt.RecordedAt, receipt.ExpiresAt, receipt.Regime, receipt.Country, receipt.Gpc, receipt.IpPrefix, receipt.BannerVariant,
        receipt.Language, receipt.TextHash, receipt.Source, receipt.UserActivation, receipt.Defaulted, receipt.PreviousReceiptId,
        receipt.PreviousHash, receipt.Hash, receipt.MacKeyId, receipt.Mac);
}
