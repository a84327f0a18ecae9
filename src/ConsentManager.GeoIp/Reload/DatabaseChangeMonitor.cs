namespace ConsentManager.GeoIp.Reload;

// Tells the locator when the database file may have been replaced, from two sources:
// - a FileSystemWatcher on the directory: an event (write, create, rename onto the name) asks
//   for a reload once the file has been quiet for the options' SettleDelay;
// - a periodic check, for file systems where inotify sees nothing (NFS, some bind mounts),
//   which asks only whether the size or modification time changed.
// Lookups never touch the file system.
internal sealed class DatabaseChangeMonitor : IDisposable
{
    private readonly string _fileName;
    private readonly Action<bool> _checkForChange;
    private readonly TimeSpan _settleDelay;
    private readonly ITimer _settleTimer;
    private readonly ITimer _pollTimer;
    private readonly FileSystemWatcher? _watcher;

    // checkForChange(force): force is true after a watcher event, false for the periodic check.
    public DatabaseChangeMonitor(string path, MaxMindGeoLocatorOptions options, Action<bool> checkForChange)
    {
        _fileName = Path.GetFileName(path);
        _checkForChange = checkForChange;
        _settleDelay = options.SettleDelay;
        var time = options.TimeProvider;
        _settleTimer = time.CreateTimer(_ => _checkForChange(true), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _pollTimer = time.CreateTimer(_ => _checkForChange(false), null, options.ChangeCheckInterval, options.ChangeCheckInterval);
        if (options.WatchDirectory)
        {
            _watcher = TryWatch(Path.GetDirectoryName(path)!);
        }
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _settleTimer.Dispose();
        _pollTimer.Dispose();
    }

    private FileSystemWatcher? TryWatch(string directory)
    {
        var watcher = new FileSystemWatcher(directory)
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += (_, e) => OnEvent(e.Name);
        watcher.Created += (_, e) => OnEvent(e.Name);
        watcher.Renamed += (_, e) => OnEvent(e.Name);
        // A lost event buffer may have held ours.
        watcher.Error += (_, _) => OnEvent(_fileName);
        try
        {
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (IOException)
        {
            // The inotify instance limit is reached (common with many .NET processes in one
            // container); the periodic check still picks up changes, only later.
            watcher.Dispose();
            return null;
        }
    }

    private void OnEvent(string? name)
    {
        if (string.Equals(name, _fileName, StringComparison.Ordinal))
        {
            _settleTimer.Change(_settleDelay, Timeout.InfiniteTimeSpan);
        }
    }
}
