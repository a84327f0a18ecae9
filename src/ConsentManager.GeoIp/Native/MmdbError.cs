namespace ConsentManager.GeoIp.Native;

// The MMDB_* status codes this library acts on; the rest are only ever shown via MMDB_strerror.
internal static class MmdbError
{
    public const int Success = 0;
    public const int FileOpen = 1;
    public const int CorruptSearchTree = 2;
    public const int Io = 4;
}
