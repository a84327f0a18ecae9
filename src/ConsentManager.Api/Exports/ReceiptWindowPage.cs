namespace ConsentManager.Api.Exports;

/// <summary>Receipts recorded in a window, oldest first; <see cref="NextCursor"/> is null on the last page.</summary>
public sealed record ReceiptWindowPage(IReadOnlyList<IndexedReceipt> Receipts, string? NextCursor);
