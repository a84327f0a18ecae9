namespace ConsentManager.GeoIp;

/// <summary>Settings for <see cref="MaxMindGeoLocator"/>.</summary>
public sealed class MaxMindGeoLocatorOptions
{
    /// <summary>
    /// How often the database file's size and modification time are compared with the loaded
    /// copy. A directory watcher notices a replaced file within a second; this check is the
    /// fallback for file systems where watching misses events. Default: one minute.
    /// </summary>
    public TimeSpan ChangeCheckInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Clock for the change checks. Default: <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    // Off only in tests that exercise the periodic check on its own.
    internal bool WatchDirectory { get; init; } = true;

    // How long the file must be quiet after a watcher event before it is reopened, so a file
    // written in place is not opened half-written more often than necessary. Tests shorten it.
    internal TimeSpan SettleDelay { get; init; } = TimeSpan.FromMilliseconds(500);
}
