using System.Globalization;
using ConsentManager.Api.Storage;

namespace ConsentManager.Api.Sightings;

/// <summary>
/// One string per visitor (<see cref="RedisKeys.VisitorSighting"/>): <c>country|subdivision|gpc|seenAt</c>, seenAt in
/// Unix seconds. Compact because every visitor with a token has one; one SET with expiry per sighting.
/// </summary>
internal sealed class RedisSightingStore(RedisConnection redis) : ISightingStore
{
    // Sent without waiting for the reply: a sighting is a hint about where a returning visitor was last seen, not
    // consent, and waiting cost a returning visitor's /config about 40% of its CPU. Commands on one connection run
    // in order, so this instance's next read sees it. Disconnected, it is written and awaited: the outage's 503.
    public Task RecordAsync(string siteId, string visitorId, Sighting sighting, TimeSpan lifetime)
    {
        var key = RedisKeys.VisitorSighting(siteId, visitorId);
        var value = Encode(sighting);
        return redis.TrySendWithoutReply((database, flags) => database.StringSetAsync(key, value, lifetime, flags: flags))
            ? Task.CompletedTask
            : redis.RunAsync(database => database.StringSetAsync(key, value, lifetime));
    }

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
