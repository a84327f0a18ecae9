using ConsentManager.Api.Storage;
using StackExchange.Redis;

namespace ConsentManager.IntegrationTests.Infrastructure;

/// <summary>A real redis-server of the test's own, on a free loopback port in a temp dir; stopped and removed after.</summary>
public sealed class TestRedis : IAsyncDisposable
{
    private readonly DirectoryInfo _directory;
    private ConnectionMultiplexer? _inspector;

    private TestRedis(EmbeddedRedisServer server, DirectoryInfo directory)
    {
        Server = server;
        _directory = directory;
    }

    public EmbeddedRedisServer Server { get; }

    public static async Task<TestRedis> StartAsync()
    {
        var directory = Directory.CreateTempSubdirectory("consentmanager-redis-");
        return new TestRedis(await EmbeddedRedisServer.StartAsync(directory.FullName), directory);
    }

    /// <summary>A direct connection, to look at what the API stored.</summary>
    public async Task<IDatabase> InspectAsync()
    {
        _inspector ??= await ConnectionMultiplexer.ConnectAsync(Server.Configuration + ",allowAdmin=true");
        return _inspector.GetDatabase();
    }

    /// <summary>Every key with its serialized value: equal snapshots mean nothing was written.</summary>
    public async Task<IReadOnlyDictionary<string, string>> SnapshotAsync()
    {
        var database = await InspectAsync();
        var keys = (RedisResult[])(await database.ExecuteAsync("KEYS", "*"))!;
        var snapshot = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in keys.Select(key => (string)key!))
        {
            var dump = await database.KeyDumpAsync(key);
            snapshot[key] = dump is null ? "" : Convert.ToBase64String(dump);
        }

        return snapshot;
    }

    /// <summary>Every string stored anywhere: values of strings, hashes, lists and sets.</summary>
    public async Task<IReadOnlyList<string>> AllValuesAsync()
    {
        var database = await InspectAsync();
        var keys = (RedisResult[])(await database.ExecuteAsync("KEYS", "*"))!;
        var values = new List<string>();
        foreach (var key in keys.Select(key => (string)key!))
        {
            values.Add(key);
            var type = await database.KeyTypeAsync(key);
            values.AddRange(type switch
            {
                RedisType.String => [(string)(await database.StringGetAsync(key))!],
                RedisType.Hash => (await database.HashGetAllAsync(key)).SelectMany(entry => new[] { (string)entry.Name!, (string)entry.Value! }),
                RedisType.List => (await database.ListRangeAsync(key)).Select(value => (string)value!),
                RedisType.Set => (await database.SetMembersAsync(key)).Select(value => (string)value!),
                _ => [],
            });
        }

        return values;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_directory.Exists)
        {
            return;
        }

        _inspector?.Dispose();
        await Server.DisposeAsync();
        _directory.Delete(recursive: true);
        _directory.Refresh();
    }
}
