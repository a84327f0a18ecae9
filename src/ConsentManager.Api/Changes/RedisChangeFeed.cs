using System.Text.Json;
using System.Text.RegularExpressions;
using ConsentManager.Api.Storage;
using StackExchange.Redis;

namespace ConsentManager.Api.Changes;

/// <summary>
/// The change feed on Redis Streams: one stream per site, beside one set per UTC day of the event ids published that
/// day, all in the site's hash tag, so one script checks the sets and appends in one slot (layout in
/// <see cref="RedisKeys"/>). A set member takes about 90 bytes of Redis memory, where a marker key per event took about
/// 150, and every receipt publishes an event.
/// </summary>
internal sealed partial class RedisChangeFeed(RedisConnection redis, ChangeSignal signal, TimeProvider time) : IChangeFeed
{
    // Long enough to cover any client retry of the same change; a later duplicate still has the same event id,
    // which receivers de-duplicate on.
    private const int DuplicateWindowDays = 7;

    // A day's set is kept for the window after its last event, and one day more for instances whose clocks disagree.
    private static readonly TimeSpan PublishedSetLifetime = TimeSpan.FromDays(DuplicateWindowDays + 1);

    // Without a consumer group nobody reads the stream: keep only a tail. With one, its reader trims what it consumed.
    private const int UnreadTail = 10_000;

    // KEYS: stream, today's published set, then the sets of tomorrow and of the window's earlier days (an instance
    // whose clock is ahead may have published it "tomorrow"). ARGV: event id, event JSON, set ttl s, unread tail.
    private const string PublishScript = """
        for i = 2, #KEYS do
          if redis.call('SISMEMBER', KEYS[i], ARGV[1]) == 1 then return 0 end
        end
        local read = redis.call('EXISTS', KEYS[1]) == 1 and #redis.call('XINFO', 'GROUPS', KEYS[1]) > 0
        if read then
          redis.call('XADD', KEYS[1], '*', 'id', ARGV[1], 'event', ARGV[2])
        else
          redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[4], '*', 'id', ARGV[1], 'event', ARGV[2])
        end
        redis.call('SADD', KEYS[2], ARGV[1])
        redis.call('EXPIRE', KEYS[2], ARGV[3])
        return 1
        """;

    public async Task PublishAsync(ChangeEvent change)
    {
        if (!EventIdRegex().IsMatch(change.Id))
        {
            throw new ArgumentException($"Event id '{change.Id}' does not match {EventIdRegex()}.", nameof(change));
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var keys = new List<RedisKey> { RedisKeys.SiteChanges(change.SiteId) };
        // Today first (the script adds to it), then tomorrow and the window's earlier days.
        foreach (var offset in Enumerable.Range(-DuplicateWindowDays, DuplicateWindowDays + 2).OrderBy(offset => offset != 0))
        {
            keys.Add(RedisKeys.SiteChangesPublished(change.SiteId, today.AddDays(offset)));
        }

        var values = new RedisValue[]
        {
            change.Id, JsonSerializer.Serialize(change, StorageJson.Options), (long)PublishedSetLifetime.TotalSeconds, UnreadTail,
        };
        await redis.RunAsync(database => database.ScriptEvaluateAsync(PublishScript, keys.ToArray(), values));
        signal.Notify();
    }

    [GeneratedRegex("^[A-Za-z0-9_.-]{1,100}$")]
    private static partial Regex EventIdRegex();
}
