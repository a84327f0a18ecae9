using System.Text.Json;
using System.Text.RegularExpressions;
using ConsentManager.Api.Storage;
using StackExchange.Redis;

namespace ConsentManager.Api.Changes;

/// <summary>
/// The change feed on Redis Streams: one stream per site, beside a de-duplication marker per event id, both in the
/// site's hash tag, so one script checks the marker and appends in one slot (layout in <see cref="RedisKeys"/>).
/// </summary>
internal sealed partial class RedisChangeFeed(RedisConnection redis) : IChangeFeed
{
    // Long enough to cover any client retry of the same change; a later duplicate still has the same event id,
    // which receivers de-duplicate on.
    private static readonly TimeSpan DuplicateWindow = TimeSpan.FromDays(7);

    // Without a consumer group nobody reads the stream: keep only a tail. With one, its reader trims what it consumed.
    private const int UnreadTail = 10_000;

    // KEYS: stream, marker. ARGV: event id, event JSON, marker ttl ms, unread tail. Returns the stream entry id.
    private const string PublishScript = """
        local existing = redis.call('GET', KEYS[2])
        if existing then return existing end
        local read = redis.call('EXISTS', KEYS[1]) == 1 and #redis.call('XINFO', 'GROUPS', KEYS[1]) > 0
        local entry
        if read then
          entry = redis.call('XADD', KEYS[1], '*', 'id', ARGV[1], 'event', ARGV[2])
        else
          entry = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[4], '*', 'id', ARGV[1], 'event', ARGV[2])
        end
        redis.call('SET', KEYS[2], entry, 'PX', ARGV[3])
        return entry
        """;

    public async Task PublishAsync(ChangeEvent change)
    {
        if (!EventIdRegex().IsMatch(change.Id))
        {
            throw new ArgumentException($"Event id '{change.Id}' does not match {EventIdRegex()}.", nameof(change));
        }

        var keys = new RedisKey[] { RedisKeys.SiteChanges(change.SiteId), RedisKeys.SiteChangeMarker(change.SiteId, change.Id) };
        var values = new RedisValue[]
        {
            change.Id, JsonSerializer.Serialize(change, StorageJson.Options), (long)DuplicateWindow.TotalMilliseconds, UnreadTail,
        };
        await redis.RunAsync(database => database.ScriptEvaluateAsync(PublishScript, keys, values));
    }

    [GeneratedRegex("^[A-Za-z0-9_.-]{1,100}$")]
    private static partial Regex EventIdRegex();
}
