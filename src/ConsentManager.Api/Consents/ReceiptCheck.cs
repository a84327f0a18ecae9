namespace ConsentManager.Api.Consents;

/// <summary>One recomputed property of a receipt: <c>hash</c>, <c>mac</c>, <c>chain</c> or <c>text</c>.</summary>
public sealed record ReceiptCheck(string Name, bool Passed, string Detail);
