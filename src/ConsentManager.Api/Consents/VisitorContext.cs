using ConsentManager.Api.Regimes;

namespace ConsentManager.Api.Consents;

/// <summary>What the server itself knows about the requesting visitor; recorded on receipts.</summary>
public sealed record VisitorContext(Regime Regime, string? Country, bool Gpc);
