using System.Diagnostics;
using ConsentManager.Api.Storage;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Storage;

/// <summary>
/// The API on a redis-server the test can kill -9 and start again on the same port from its AOF. Every write is
/// fsynced before Redis answers (<c>appendfsync always</c>), so an acknowledged consent must survive the kill.
/// </summary>
public sealed class RestartableRedisApplication : ConsentApiApplication
{
    private DirectoryInfo? _directory;

    public EmbeddedRedisServer RedisServer { get; private set; } = null!;

    // The restartable server, not the base fixture's.
    protected override string RedisConfiguration => RedisServer.Configuration;

    public override async Task InitializeAsync()
    {
        _directory = Directory.CreateTempSubdirectory("consentmanager-faults-");
        RedisServer = await StartServerAsync(port: null);
    }

    public async Task KillRedisAsync()
    {
        Process.GetProcessById(RedisServer.ProcessId).Kill();
        await RedisServer.WaitForExitAsync();
    }

    /// <summary>Starts Redis again on its port and data; returns once it has loaded the AOF and answers.</summary>
    public async Task RestartRedisAsync()
    {
        var port = RedisServer.Port;
        await RedisServer.DisposeAsync();
        RedisServer = await StartServerAsync(port);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_directory is { Exists: true })
        {
            await RedisServer.DisposeAsync();
            _directory.Delete(recursive: true);
        }
    }

    private Task<EmbeddedRedisServer> StartServerAsync(int? port) =>
        EmbeddedRedisServer.StartAsync(_directory!.FullName, extraArguments: ["--appendfsync", "always"], port: port);
}
