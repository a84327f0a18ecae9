namespace ConsentManager.Api.Exports;

/// <summary>Which receipt was recorded for which visitor and when: one row of an incident window.</summary>
public sealed record IndexedReceipt(string ReceiptId, string VisitorId, DateTimeOffset RecordedAt);
