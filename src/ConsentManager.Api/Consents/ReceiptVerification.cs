namespace ConsentManager.Api.Consents;

/// <summary>
/// Answer of <c>GET /v1/sites/{siteId}/receipts/{receiptId}/verify</c>: valid when every check passed.
/// </summary>
public sealed record ReceiptVerification(bool Valid, IReadOnlyList<ReceiptCheck> Checks);
