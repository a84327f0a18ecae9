using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ConsentManager.Api.Storage;

/// <summary>
/// A redis-server child process on a free loopback port, with AOF on. Used as the Development default
/// and by the tests, so that both run against a real Redis without any set-up.
/// </summary>
public sealed class EmbeddedRedisServer : IAsyncDisposable
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(15);
    private readonly Process _process;
    private bool _disposed;

    private EmbeddedRedisServer(Process process, int port, string dataDirectory)
    {
        _process = process;
        Port = port;
        DataDirectory = dataDirectory;
    }

    public int Port { get; }

    public string DataDirectory { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _disposed || _process.HasExited;

    public Task WaitForExitAsync() => _process.WaitForExitAsync();

    /// <summary>A StackExchange.Redis configuration string for this server.</summary>
    public string Configuration => $"127.0.0.1:{Port},abortConnect=false,connectTimeout=2000,syncTimeout=1500";

    /// <param name="dataDirectory">Where AOF files go.</param>
    /// <param name="executable">The redis-server binary.</param>
    /// <param name="extraArguments">More server options, e.g. to start a Redis Cluster node.</param>
    /// <param name="cancellationToken">Stops waiting for the server.</param>
    /// <param name="port">A fixed port, e.g. to restart a server on its data where clients expect it; default: a free one.</param>
    public static async Task<EmbeddedRedisServer> StartAsync(
        string dataDirectory, string executable = "redis-server", IReadOnlyList<string>? extraArguments = null,
        CancellationToken cancellationToken = default, int? port = null)
    {
        Directory.CreateDirectory(dataDirectory);
        port ??= FindFreeLoopbackPort();
        var startInfo = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "--port", port.Value.ToString(), "--bind", "127.0.0.1", "--dir", Path.GetFullPath(dataDirectory),
                     "--appendonly", "yes", "--save", "", "--daemonize", "no", "--protected-mode", "yes",
                 }.Concat(extraArguments ?? []))
        {
            startInfo.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(startInfo) ?? throw new InvalidOperationException("redis-server did not start.");
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException(
                $"'{executable}' was not found on PATH. Install it with 'apt-get install -y redis-server' (Debian/Ubuntu), " +
                "or point Redis__Configuration at an existing Redis.", exception);
        }

        // Drain output so a chatty server never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new EmbeddedRedisServer(process, port.Value, dataDirectory);
        await server.WaitUntilReadyAsync(cancellationToken);
        return server;
    }

    /// <summary>
    /// Stops the server gracefully (SHUTDOWN flushes the AOF), killing it if it does not exit in time. Again: nothing.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        if (!_process.HasExited)
        {
            await TrySendAsync("SHUTDOWN\r\n");
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
        _disposed = true;
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + StartDeadline;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"redis-server exited at start with code {_process.ExitCode} (port {Port}, dir '{DataDirectory}').");
            }

            if (await TrySendAsync("PING\r\n") is { } reply && reply.StartsWith("+PONG", StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(50, cancellationToken);
        }

        _process.Kill(entireProcessTree: true);
        throw new InvalidOperationException($"redis-server did not answer PING on 127.0.0.1:{Port} within {StartDeadline.TotalSeconds} s.");
    }

    private async Task<string?> TrySendAsync(string inlineCommand)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            var stream = client.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes(inlineCommand));
            var buffer = new byte[64];
            var read = await stream.ReadAsync(buffer);
            return Encoding.ASCII.GetString(buffer, 0, read);
        }
        catch (SocketException)
        {
            return null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static int FindFreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
