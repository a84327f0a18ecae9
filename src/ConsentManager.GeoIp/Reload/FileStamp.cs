namespace ConsentManager.GeoIp.Reload;

// What the periodic check compares: a replaced or rewritten database file changes its
// modification time or its length (a rename-over brings the new file's own mtime).
internal readonly record struct FileStamp(bool Exists, DateTime LastWriteUtc, long Length)
{
    public static FileStamp Read(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? new FileStamp(true, file.LastWriteTimeUtc, file.Length) : default;
    }
}
