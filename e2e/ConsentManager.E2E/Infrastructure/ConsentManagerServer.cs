using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ConsentManager.Api.Storage;

namespace ConsentManager.E2E.Infrastructure;

/// <summary>
/// The API as it really runs: its built assembly as a child process in Development (so the demo job board and its
/// seeded site exist), on a free loopback port, against a redis-server of its own in a temp directory.
/// </summary>
public sealed class ConsentManagerServer : IAsyncDisposable
{
    public static readonly string AdminKey = $"e2e-admin-{Guid.NewGuid():N}";

    /// <summary>The visitor-token key the API runs with, so a test can stand in for a visitor's browser.</summary>
    public const string VisitorTokenKey = "e2e-visitor-token-key-0123456789abcdef";

    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(60);
    private readonly ConcurrentQueue<string> _output = new();
    private readonly DirectoryInfo _redisDirectory;
    private readonly EmbeddedRedisServer _redis;
    private readonly Process _api;

    private ConsentManagerServer(DirectoryInfo redisDirectory, EmbeddedRedisServer redis, Process api, Uri baseUrl)
    {
        _redisDirectory = redisDirectory;
        _redis = redis;
        _api = api;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    /// <summary>The server's Redis, for tests that seed data through the write path in-process.</summary>
    public string RedisConfiguration => _redis.Configuration;

    public static async Task<ConsentManagerServer> StartAsync()
    {
        var redisDirectory = Directory.CreateTempSubdirectory("consentmanager-e2e-redis-");
        var redis = await EmbeddedRedisServer.StartAsync(redisDirectory.FullName);
        var baseUrl = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            // The content root is the working directory: the demo's files and the widget build are found from there.
            WorkingDirectory = Repository.ApiProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Repository.ApiAssembly);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseUrl.ToString().TrimEnd('/'));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Redis__Configuration"] = redis.Configuration;
        start.Environment["ConsentManager__AdminKey"] = AdminKey;
        start.Environment["VisitorTokens__Keys__0"] = VisitorTokenKey;
        // Every test's browser comes from 127.0.0.1: one client as far as the limiter can tell.
        start.Environment["RateLimiting__PermitLimit"] = "1000000";

        var server = new ConsentManagerServer(redisDirectory, redis, Process.Start(start)!, baseUrl);
        server.DrainOutput();
        await server.WaitUntilReadyAsync();
        return server;
    }

    // The last lines the API wrote, for failure messages.
    private string RecentOutput => string.Join('\n', _output);

    public async ValueTask DisposeAsync()
    {
        if (!_api.HasExited)
        {
            _api.Kill(entireProcessTree: true);
            await _api.WaitForExitAsync();
        }

        _api.Dispose();
        await _redis.DisposeAsync();
        _redisDirectory.Delete(recursive: true);
    }

    private void DrainOutput()
    {
        void Keep(object _, DataReceivedEventArgs line)
        {
            if (line.Data is null)
            {
                return;
            }

            _output.Enqueue(line.Data);
            while (_output.Count > 200 && _output.TryDequeue(out var _))
            {
            }
        }

        _api.OutputDataReceived += Keep;
        _api.ErrorDataReceived += Keep;
        _api.BeginOutputReadLine();
        _api.BeginErrorReadLine();
    }

    // Ready means Redis answers and the demo site is seeded; the first page load also warms the API up, as a
    // deployed server would be, so the banner timing measures the widget rather than JIT compilation.
    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartDeadline;
        string[] paths = ["/readyz", "/v1/sites/demo-jobboard/config", "/demo", "/widget/v1/consent.js"];
        foreach (var path in paths)
        {
            while (!await RespondsAsync(http, path))
            {
                if (_api.HasExited || DateTime.UtcNow > deadline)
                {
                    var failure = new InvalidOperationException(
                        $"The API did not answer {path} with 200 within {StartDeadline.TotalSeconds} s (exited: {_api.HasExited}).\n{RecentOutput}");
                    await DisposeAsync();
                    throw failure;
                }

                await Task.Delay(100);
            }
        }
    }

    private static async Task<bool> RespondsAsync(HttpClient http, string path)
    {
        try
        {
            return (await http.GetAsync(path)).IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
