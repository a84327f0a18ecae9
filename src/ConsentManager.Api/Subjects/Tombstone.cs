namespace ConsentManager.Api.Subjects;

/// <summary>
/// What stays of an erased visitor: when, and how many receipts were removed. It is stored under a keyed hash of
/// the visitor id, never the id, so it holds no personal data yet recognises a replay of the visitor's old receipts.
/// </summary>
public sealed record Tombstone(DateTimeOffset ErasedAt, int ReceiptCount);
