using System.Diagnostics;
using ConsentManager.Api.Storage;
using ConsentManager.IntegrationTests.Infrastructure;
using StackExchange.Redis;

namespace ConsentManager.IntegrationTests.Storage;

/// <summary>The API against a real 3-master Redis Cluster on loopback, to prove the key layout stays within slots.</summary>
public sealed class RedisClusterApplication : ConsentApiApplication
{
    private readonly List<EmbeddedRedisServer> _nodes = [];
    private DirectoryInfo? _directory;

    protected override string RedisConfiguration =>
        string.Join(",", _nodes.Select(node => $"127.0.0.1:{node.Port}")) + ",abortConnect=false,connectTimeout=2000,syncTimeout=1500";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _directory = Directory.CreateTempSubdirectory("consentmanager-cluster-");
        for (var i = 0; i < 3; i++)
        {
            _nodes.Add(await EmbeddedRedisServer.StartAsync(
                Path.Combine(_directory.FullName, $"node{i}"),
                extraArguments: ["--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf", "--cluster-node-timeout", "2000"]));
        }

        await CreateClusterAsync();
    }

    /// <summary>How many keys each master holds: spread over all three means the test crossed slots and nodes.</summary>
    public async Task<IReadOnlyList<long>> KeysPerNodeAsync()
    {
        var counts = new List<long>();
        foreach (var node in _nodes)
        {
            using var connection = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{node.Port}");
            counts.Add((long)await connection.GetDatabase().ExecuteAsync("DBSIZE"));
        }

        return counts;
    }

    /// <summary>Stops one master for good (the fixture cannot bring it back), leaving the API's connection to it broken.</summary>
    public async Task<int> StopNodeAsync(int index)
    {
        await _nodes[index].DisposeAsync();
        return _nodes[index].Port;
    }

    /// <summary>Every key on every master (SCAN), to prove a purge left nothing of a site anywhere.</summary>
    public async Task<IReadOnlyList<string>> AllKeysAsync()
    {
        var keys = new List<string>();
        foreach (var node in _nodes)
        {
            using var connection = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{node.Port}");
            keys.AddRange(connection.GetServer($"127.0.0.1:{node.Port}").Keys(pattern: "*", pageSize: 1000).Select(key => (string)key!));
        }

        return keys;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }

        _nodes.Clear();
        if (_directory is { Exists: true })
        {
            _directory.Delete(recursive: true);
        }
    }

    private async Task CreateClusterAsync()
    {
        var create = new ProcessStartInfo("redis-cli") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--cluster", "create" }.Concat(_nodes.Select(node => $"127.0.0.1:{node.Port}"))
                     .Concat(["--cluster-replicas", "0", "--cluster-yes"]))
        {
            create.ArgumentList.Add(argument);
        }

        using (var process = Process.Start(create)!)
        {
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"redis-cli --cluster create failed: {output}");
        }

        // Every node, not just one: a node that has not yet learned the slot map answers CLUSTERDOWN.
        foreach (var node in _nodes)
        {
            using var connection = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{node.Port}");
            await Poll.UntilAsync(
                async () => (string)(await connection.GetDatabase().ExecuteAsync("CLUSTER", "INFO"))!,
                info => info.Contains("cluster_state:ok", StringComparison.Ordinal));
        }
    }
}
