using System.Diagnostics;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ConsentManager.Api.Storage;

/// <summary>
/// The one connection to Redis. Every store call goes through <see cref="RunAsync{T}"/>, which bounds it by
/// <see cref="RedisOptions.OperationTimeout"/> and turns any infrastructure failure into
/// <see cref="StoreUnavailableException"/>: callers get a 503 in time, never a hang or a false "no consent".
/// </summary>
public sealed class RedisConnection(IOptions<RedisOptions> options, ILogger<RedisConnection> logger)
    : IAsyncDisposable
{
    // Keys Redis looks at per SCAN call (about 2 ms of its time), and the most keys a page hands out.
    private const int ScanPageSize = 1000;

    private readonly RedisOptions _options = options.Value;
    private ConnectionMultiplexer? _multiplexer;
    private EmbeddedRedisServer? _embedded;
    private Lazy<Task>? _shutdown;

    /// <summary>The embedded Development server, when one was started.</summary>
    public EmbeddedRedisServer? EmbeddedServer => _embedded;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var configuration = _options.Configuration;
        if (string.IsNullOrWhiteSpace(configuration))
        {
            // Relative to where the API was started: the run command keeps its data in the repository's .data/redis.
            var dataDirectory = Path.GetFullPath(_options.EmbeddedDataDirectory);
            _embedded = await EmbeddedRedisServer.StartAsync(dataDirectory, _options.EmbeddedServerExecutable, cancellationToken: cancellationToken);
            configuration = _embedded.Configuration;
            logger.LogInformation(
                "Started embedded redis-server (pid {Pid}) on 127.0.0.1:{Port}, data in {Directory}",
                _embedded.ProcessId, _embedded.Port, _embedded.DataDirectory);
        }

        var redisConfiguration = ConfigurationOptions.Parse(configuration);
        // Keep running when Redis is down at boot: requests get 503 and the multiplexer reconnects by itself.
        redisConfiguration.AbortOnConnectFail = false;
        // Retry every half second rather than backing off exponentially: back within seconds of Redis returning.
        redisConfiguration.ReconnectRetryPolicy = new LinearRetry(500);
        _multiplexer = await ConnectionMultiplexer.ConnectAsync(redisConfiguration);
    }

    public async Task<T> RunAsync<T>(Func<IDatabase, Task<T>> operation)
    {
        var multiplexer = _multiplexer ?? throw new StoreUnavailableException("The store is not connected yet.");
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await operation(multiplexer.GetDatabase()).WaitAsync(_options.OperationTimeout);
        }
        catch (Exception exception) when (IsUnavailable(exception))
        {
            StorageMetrics.CallFailed(exception);
            throw new StoreUnavailableException("The consent store is unreachable.", exception);
        }
        finally
        {
            StorageMetrics.CallEnded(started);
        }
    }

    /// <summary>
    /// Listens on a pub/sub channel; the multiplexer re-subscribes after a reconnect, and
    /// <paramref name="onReconnected"/> runs then, because messages sent while disconnected are lost.
    /// <paramref name="onFailed"/>, when given, runs as soon as a connection is found broken.
    /// </summary>
    public async Task SubscribeAsync(string channel, Action<string> onMessage, Action onReconnected, Action? onFailed = null)
    {
        var multiplexer = _multiplexer ?? throw new InvalidOperationException("Subscribe after the store has started.");
        multiplexer.ConnectionRestored += (_, _) => onReconnected();
        if (onFailed is not null)
        {
            multiplexer.ConnectionFailed += (_, _) => onFailed();
        }

        try
        {
            await multiplexer.GetSubscriber().SubscribeAsync(new RedisChannel(channel, RedisChannel.PatternMode.Literal), (_, message) => onMessage(message.ToString()));
        }
        catch (Exception exception) when (IsUnavailable(exception))
        {
            // Down at boot, like the rest of the store: the subscription is restored with the connection.
            logger.LogWarning("Subscribing to {Channel} failed; it is retried when Redis is back", channel);
        }
    }

    public Task PublishAsync(string channel, string message) =>
        RunAsync(_ => _multiplexer!.GetSubscriber().PublishAsync(new RedisChannel(channel, RedisChannel.PatternMode.Literal), message));

    /// <summary>
    /// Sends a command without waiting for (or allocating for) Redis's reply, for writes whose loss costs no consent
    /// and messages whose effect the caller observes itself. False when there is no connection to send it on:
    /// disconnected, the multiplexer would queue it silently, and the caller must know at once instead.
    /// </summary>
    public bool TrySendWithoutReply(Func<IDatabase, CommandFlags, Task> command)
    {
        try
        {
            if (_multiplexer is not { IsConnected: true } multiplexer)
            {
                return false;
            }

            // Completed at once: fire-and-forget never waits for the reply.
            _ = command(multiplexer.GetDatabase(), CommandFlags.FireAndForget);
            return true;
        }
        catch (Exception exception) when (IsUnavailable(exception))
        {
            StorageMetrics.CallFailed(exception);
            return false;
        }
    }

    /// <summary>
    /// Every master's keys matching <paramref name="pattern"/>, by SCAN (never KEYS), a page of up to 1,000 keys at a
    /// time: for admin jobs that must see the whole keyspace of a standalone server or a cluster. A server out of reach,
    /// before or during the scan, is a <see cref="StoreUnavailableException"/>, like any other store call.
    /// </summary>
    public async IAsyncEnumerable<RedisKey[]> ScanMastersAsync(string pattern)
    {
        var multiplexer = _multiplexer ?? throw new StoreUnavailableException("The store is not connected yet.");
        var servers = multiplexer.GetEndPoints().Select(endpoint => multiplexer.GetServer(endpoint)).ToList();
        // A server out of reach may hold matching keys: a scan without it would report "all" and miss them.
        if (servers.FirstOrDefault(server => !server.IsConnected) is { } unreachable)
        {
            throw new StoreUnavailableException($"Redis server {unreachable.EndPoint} is unreachable, so a scan cannot see every key.");
        }

        foreach (var server in servers.Where(server => !server.IsSlave))
        {
            using var keys = server.Keys(pattern: pattern, pageSize: ScanPageSize).GetEnumerator();
            while (await NextPageAsync(keys) is { Length: > 0 } page)
            {
                yield return page;
            }
        }
    }

    /// <summary>
    /// StackExchange.Redis 1.x scans synchronously only: the enumerator sends each SCAN (bounded by syncTimeout) and
    /// waits for it. That wait runs on a thread of its own: a pool thread blocked for a whole scan would be one less for
    /// the completions of every request's store calls, which have 1.5 s.
    /// </summary>
    private static async Task<RedisKey[]> NextPageAsync(IEnumerator<RedisKey> keys)
    {
        try
        {
            return await Task.Factory.StartNew(() =>
            {
                var page = new List<RedisKey>();
                while (page.Count < ScanPageSize && keys.MoveNext())
                {
                    page.Add(keys.Current);
                }

                return page.ToArray();
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
        catch (Exception exception) when (IsUnavailable(exception))
        {
            StorageMetrics.CallFailed(exception);
            throw new StoreUnavailableException("The consent store is unreachable.", exception);
        }
    }

    public Task RunAsync(Func<IDatabase, Task> operation) =>
        RunAsync(async database =>
        {
            await operation(database);
            return true;
        });

    /// <summary>
    /// Idempotent: the host stops it at shutdown and the container disposes it again, possibly at the same time;
    /// every caller awaits the one shutdown.
    /// </summary>
    public ValueTask DisposeAsync()
    {
        var shutdown = new Lazy<Task>(ShutdownAsync);
        return new ValueTask((Interlocked.CompareExchange(ref _shutdown, shutdown, null) ?? shutdown).Value);
    }

    private async Task ShutdownAsync()
    {
        if (_multiplexer is { } multiplexer)
        {
            await multiplexer.CloseAsync(allowCommandsToComplete: true);
            multiplexer.Dispose();
        }

        if (_embedded is { } embedded)
        {
            await embedded.DisposeAsync();
            logger.LogInformation("Stopped embedded redis-server");
        }
    }

    private static bool IsUnavailable(Exception exception) =>
        exception is RedisConnectionException or RedisTimeoutException or TimeoutException
        || (exception is RedisServerException server && IsTransient(server.Message));

    // Errors Redis sends while loading, failing over or refusing writes: a retry later can succeed.
    private static bool IsTransient(string message) =>
        message.StartsWith("LOADING", StringComparison.Ordinal) ||
        message.StartsWith("MASTERDOWN", StringComparison.Ordinal) ||
        message.StartsWith("READONLY", StringComparison.Ordinal) ||
        message.StartsWith("CLUSTERDOWN", StringComparison.Ordinal) ||
        message.StartsWith("TRYAGAIN", StringComparison.Ordinal) ||
        message.StartsWith("MISCONF", StringComparison.Ordinal);
}
