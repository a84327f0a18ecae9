namespace ConsentManager.Api.Consents;

/// <summary>What recording a consent produced: the stored receipt, the visitor's token, and whether it is new.</summary>
public sealed record RecordedConsent(ConsentReceipt Receipt, string? VisitorToken, bool Created);
