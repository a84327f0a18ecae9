using System.Net;
using ConsentManager.GeoIp.Database;
using ConsentManager.GeoIp.Reload;

namespace ConsentManager.GeoIp;

/// <summary>
/// An <see cref="IGeoLocator"/> over a MaxMind-format (.mmdb) file, read through the native
/// libmaxminddb (libmaxminddb.so.0) with the file memory-mapped. Understands GeoIP2/GeoLite2
/// Country and City databases and ip-location-db country databases.
/// </summary>
/// <remarks>
/// When the file is replaced, the new file is opened and verified in the background and swapped
/// in without interrupting lookups; a replacement that cannot be used is reported through
/// <see cref="ReloadFailed"/> and the previous database keeps answering. Replace the file by
/// writing a new one beside it and renaming it over the path (as geoipupdate does): rewriting
/// the mapped file in place changes the bytes under running lookups, and shrinking it makes
/// the kernel kill the process (SIGBUS) on the next read past the new end.
/// </remarks>
public sealed class MaxMindGeoLocator : IGeoLocator, IDisposable
{
    private readonly Lock _reloadLock = new();
    private readonly DatabaseChangeMonitor _monitor;
    private MmdbDatabase? _current;
    private FileStamp _loadedStamp;

    /// <summary>Opens and verifies the database at <paramref name="databasePath"/>.</summary>
    /// <exception cref="GeoDatabaseException">The file is missing, unreadable, corrupt or has no country data.</exception>
    public MaxMindGeoLocator(string databasePath, MaxMindGeoLocatorOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        options ??= new MaxMindGeoLocatorOptions();
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.ChangeCheckInterval, TimeSpan.Zero);
        DatabasePath = Path.GetFullPath(databasePath);
        _loadedStamp = FileStamp.Read(DatabasePath);
        _current = MmdbDatabase.Open(DatabasePath);
        try
        {
            _monitor = new DatabaseChangeMonitor(DatabasePath, options, CheckForChange);
        }
        catch
        {
            _current.Retire();
            throw;
        }
    }

    /// <summary>Raised on a background thread after a replaced file has been swapped in. Handlers must not throw.</summary>
    public event Action<GeoDatabaseInfo>? Reloaded;

    /// <summary>
    /// Raised on a background thread when a replaced file cannot be used; the previous database
    /// keeps answering. Handlers must not throw.
    /// </summary>
    public event Action<GeoDatabaseException>? ReloadFailed;

    /// <summary>Full path of the database file.</summary>
    public string DatabasePath { get; }

    /// <summary>The database currently answering lookups.</summary>
    public GeoDatabaseInfo Database => (Volatile.Read(ref _current) ?? throw new ObjectDisposedException(GetType().FullName)).Info;

    /// <inheritdoc />
    public GeoLocation Lookup(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        while (true)
        {
            var database = Volatile.Read(ref _current);
            ObjectDisposedException.ThrowIf(database is null, this);
            // Acquiring fails only if a reload retired this database after we read it; the
            // replacement is already published, so the next iteration finds it.
            if (database.TryAcquire())
            {
                try
                {
                    return database.Lookup(address);
                }
                finally
                {
                    database.Release();
                }
            }
        }
    }

    /// <summary>Stops watching the file and closes the database once in-flight lookups finish.</summary>
    public void Dispose()
    {
        _monitor.Dispose();
        lock (_reloadLock)
        {
            Interlocked.Exchange(ref _current, null)?.Retire();
        }
    }

    private void CheckForChange(bool force)
    {
        // Handlers run outside the lock, so a slow one cannot hold up Dispose.
        var reloaded = Reload(force, out var failure);
        if (reloaded is not null)
        {
            Reloaded?.Invoke(reloaded);
        }
        if (failure is not null)
        {
            ReloadFailed?.Invoke(failure);
        }
    }

    // Returns the new database's info, or null when nothing changed or the file was rejected.
    private GeoDatabaseInfo? Reload(bool force, out GeoDatabaseException? failure)
    {
        failure = null;
        lock (_reloadLock)
        {
            var stamp = FileStamp.Read(DatabasePath);
            if (_current is null || (!force && stamp == _loadedStamp))
            {
                return null;
            }
            // Recorded before opening, so a broken file is reported once, not at every check.
            _loadedStamp = stamp;
            MmdbDatabase next;
            try
            {
                next = MmdbDatabase.Open(DatabasePath);
            }
            catch (GeoDatabaseException ex)
            {
                failure = ex;
                return null;
            }
            var previous = _current;
            Volatile.Write(ref _current, next);
            previous.Retire();
            return next.Info;
        }
    }
}
