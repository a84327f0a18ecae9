namespace ConsentManager.GeoIp.Tests.Reload;

// A private temporary directory holding one database file that tests replace the way an
// updater would: written beside it and renamed over it, or overwritten in place.
internal sealed class DatabaseDirectory : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("geoip-reload-");

    public DatabaseDirectory(string initialDatabase)
    {
        File.Copy(initialDatabase, DatabasePath);
    }

    public string DatabasePath => Path.Combine(_directory.FullName, "geo.mmdb");

    public void ReplaceByRename(string database)
    {
        var staging = Path.Combine(_directory.FullName, $"geo.mmdb.{Guid.NewGuid():N}.tmp");
        File.Copy(database, staging);
        File.Move(staging, DatabasePath, overwrite: true);
    }

    public void OverwriteInPlace(string database) => File.Copy(database, DatabasePath, overwrite: true);

    public void Delete() => File.Delete(DatabasePath);

    public void Dispose() => _directory.Delete(recursive: true);
}
