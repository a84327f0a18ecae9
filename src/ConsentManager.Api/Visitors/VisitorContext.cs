using ConsentManager.Api.Features;
using ConsentManager.Api.Regimes;

namespace ConsentManager.Api.Visitors;

/// <summary>
/// What the server itself works out about the requesting visitor. <see cref="IpPrefix"/> is the minimised
/// address (/24 or /48); the raw address never gets this far.
/// </summary>
public sealed record VisitorContext(
    Regime Regime, string? Country, string? Subdivision, bool Gpc, string? IpPrefix, FeatureSet Features);
