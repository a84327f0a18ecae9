using System.Globalization;
using ConsentManager.Api.Storage;

namespace ConsentManager.Api.Sightings;

/// <summary>
/// One string per visitor (<see cref="RedisKeys.VisitorSighting"/>): <c>country|subdivision|gpc|seenAt</c>, seenAt in
/// Unix seconds. Compact because every visitor with a token has one; one SET with expiry per sighting.
/// </summary>
internal sealed class RedisSightingStore(RedisConnection redis) : ISightingStore
{
    public Task RecordAsync(string siteId, string visitorId, Sighting sighting, TimeSpan lifetime) =>
        redis.RunAsync(database =>
            database.StringSetAsync(RedisKeys.VisitorSighting(siteId, visitorId), Encode(sighting), lifetime));

    public async Task<Sighting?> FindAsync(string siteId, string visitorId)
    {
        var value = await redis.RunAsync(database => database.StringGetAsync(RedisKeys.VisitorSighting(siteId, visitorId)));
        return value.IsNull ? null : Decode(value.ToString());
    }

    private static string Encode(Sighting sighting) =>
        $"{sighting.Country}|{sighting.Subdivision}|{(sighting.Gpc ? 1 : 0)}|{sighting.SeenAt.ToUnixTimeSeconds()}";

    private static Sighting? Decode(string value)
    {
        var parts = value.Split('|');
        return parts.Length == 4 && long.TryParse(parts[3], CultureInfo.InvariantCulture, out var seconds)
            ? new Sighting(
                NullIfEmpty(parts[0]), NullIfEmpty(parts[1]), parts[2] == "1", DateTimeOffset.FromUnixTimeSeconds(seconds))
            : null;
    }

    private static string? NullIfEmpty(string part) => part.Length == 0 ? null : part;
}
