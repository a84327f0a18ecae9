namespace ConsentManager.Api.Consents;

/// <summary>
/// Who a receipt id belongs to. <see cref="MintedAt"/> is set when the request that claimed it minted its visitor:
/// only such a receipt id may be retried without the token, and its token re-issued only while the mint is fresh.
/// </summary>
public sealed record ReceiptClaim(string VisitorId, DateTimeOffset? MintedAt);
