namespace ConsentManager.Api.Consents;

/// <summary>Answer of <c>GET /v1/sites/{siteId}/receipts/{receiptId}/verify</c>: valid when every check passed.</summary>
public sealed record ReceiptVerification(bool Valid, IReadOnlyList<ReceiptCheck> Checks);

/// <summary>One recomputed property of a receipt: <c>hash</c>, <c>mac</c>, <c>chain</c> or <c>text</c>.</summary>
public sealed record ReceiptCheck(string Name, bool Passed, string Detail);
