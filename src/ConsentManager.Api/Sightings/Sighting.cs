namespace ConsentManager.Api.Sightings;

/// <summary>
/// Where and how a visitor was last seen: the location facts a regime is resolved from (never the address) and
/// their GPC signal. Kept raw rather than as a regime, so decisions follow the site's current rules and flags.
/// </summary>
public sealed record Sighting(string? Country, string? Subdivision, bool Gpc, DateTimeOffset SeenAt);
