namespace ConsentManager.Client;

/// <summary>One answer of a batch check: a visitor, a purpose and the decision.</summary>
public sealed record VisitorDecision(string VisitorId, string Purpose, ConsentDecision Decision);
