using ConsentManager.Api.Hosting;
using Microsoft.Extensions.Options;

namespace ConsentManager.Api.Widget;

/// <summary>
/// The current widget build, held in memory. It is loaded on first use and again whenever the manifest's timestamp
/// changes, so a rebuild of the widget is served within a second without restarting the API. A missing or unusable
/// build is not an error at start: the endpoints answer 503 until one is there.
/// </summary>
internal sealed class WidgetAssets(IOptions<WidgetOptions> options, IHostEnvironment environment, ILogger<WidgetAssets> logger)
{
    // The manifest is looked at no more than once a second: a stat per request was 4.6% of the script's CPU.
    // Wall-clock milliseconds, as this is about the file system, not about consent.
    private const long RecheckMilliseconds = 1000;

    private readonly string _distDirectory = BuildLocation.Resolve(
        options.Value.DistDirectory, environment.ContentRootPath, "widget", Path.Combine("web-widget", "dist"));
    private readonly Lock _reload = new();
    private volatile Snapshot? _snapshot;

    /// <summary>The build to serve, or null when there is none.</summary>
    public WidgetBuild? Current
    {
        get
        {
            var now = Environment.TickCount64;
            var snapshot = _snapshot;
            if (snapshot is not null && now - snapshot.CheckedAt < RecheckMilliseconds)
            {
                return snapshot.Build;
            }

            // A stat instead of a file watcher: watchers miss changes on some container and network file systems.
            // A missing manifest reads as 1601-01-01, which is a timestamp like any other here.
            var stamp = File.GetLastWriteTimeUtc(WidgetBuild.ManifestPath(_distDirectory));
            lock (_reload)
            {
                _snapshot = _snapshot is { } current && current.Stamp == stamp
                    ? current with { CheckedAt = now }
                    : new Snapshot(stamp, TryLoad(), now);
                return _snapshot.Build;
            }
        }
    }

    private WidgetBuild? TryLoad()
    {
        if (!File.Exists(WidgetBuild.ManifestPath(_distDirectory)))
        {
            logger.LogWarning("No widget build in {DistDirectory}; /widget/v1 answers 503 until 'npm run build --workspace web-widget' has run", _distDirectory);
            return null;
        }

        try
        {
            var build = WidgetBuild.Load(_distDirectory);
            logger.LogInformation("Serving widget {FileName} ({Bytes} bytes, {Integrity})", build.FileName, build.Encodings[^1].Content.Length, build.Integrity);
            return build;
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or System.Text.Json.JsonException or UnauthorizedAccessException)
        {
            logger.LogError(exception, "The widget build in {DistDirectory} is unusable; /widget/v1 answers 503 until it is rebuilt", _distDirectory);
            return null;
        }
    }

    private sealed record Snapshot(DateTime Stamp, WidgetBuild? Build, long CheckedAt);
}
