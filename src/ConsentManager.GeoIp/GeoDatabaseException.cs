namespace ConsentManager.GeoIp;

/// <summary>A geolocation database file is missing, unreadable, corrupt, or holds no country data.</summary>
public sealed class GeoDatabaseException : Exception
{
    /// <summary>Creates the exception; the message names the file and the reason.</summary>
    public GeoDatabaseException(string databasePath, string reason, Exception? innerException = null)
        : base($"GeoIP database '{databasePath}' cannot be used: {reason}", innerException)
    {
        DatabasePath = databasePath;
    }

    /// <summary>Full path of the database file that failed.</summary>
    public string DatabasePath { get; }
}
