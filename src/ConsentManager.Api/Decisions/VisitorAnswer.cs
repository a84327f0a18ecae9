using ConsentManager.Api.Consents;

namespace ConsentManager.Api.Decisions;

/// <summary>What decisions read of a visitor: whether its processing is restricted, and its current receipt.</summary>
public sealed record VisitorAnswer(bool Restricted, ConsentReceipt? Receipt);
