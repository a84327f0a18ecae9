namespace ConsentManager.Api.Consents;

/// <summary>
/// The visitor a receipt is written for, the token to hand back (null on a late retry), and whether the request
/// minted it.
/// </summary>
public sealed record ReceiptAuthor(string VisitorId, string? Token, bool Minted);
