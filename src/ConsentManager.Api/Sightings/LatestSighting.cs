using ConsentManager.Api.Regimes;

namespace ConsentManager.Api.Sightings;

/// <summary>A visitor's latest sighting resolved under today's rules; <see cref="None"/> when never seen or expired.</summary>
public sealed record LatestSighting(Regime Regime, bool Gpc)
{
    public static LatestSighting None { get; } = new(Regime.OptIn, false);
}
