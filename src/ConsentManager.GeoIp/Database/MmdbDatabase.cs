using System.Net;
using System.Runtime.InteropServices;
using ConsentManager.GeoIp.Native;

namespace ConsentManager.GeoIp.Database;

// One opened, verified, memory-mapped database file. Lookups hold a lease (a reference count)
// for their duration; the owner's own reference is dropped by Retire(), and whoever drops the
// last reference closes the native handle, so a reload never unmaps a file under a lookup.
internal sealed unsafe class MmdbDatabase
{
    private readonly MmdbS* _mmdb;
    private readonly DatabaseLayout _layout;
    private int _references = 1;

    private MmdbDatabase(MmdbS* mmdb, DatabaseLayout layout, GeoDatabaseInfo info)
    {
        _mmdb = mmdb;
        _layout = layout;
        Info = info;
    }

    public GeoDatabaseInfo Info { get; }

    public bool IsClosed => Volatile.Read(ref _references) == 0;

    public static MmdbDatabase Open(string path)
    {
        var mmdb = (MmdbS*)NativeMemory.AllocZeroed((nuint)sizeof(MmdbS));
        try
        {
            var status = LibMaxMindDb.Open(path, LibMaxMindDb.ModeMmap, mmdb);
            if (status != MmdbError.Success)
            {
                var reason = DescribeOpenError(status, Marshal.GetLastPInvokeError());
                NativeMemory.Free(mmdb);
                throw new GeoDatabaseException(path, reason);
            }
        }
        catch (DllNotFoundException ex)
        {
            NativeMemory.Free(mmdb);
            throw new GeoDatabaseException(path, $"{LibMaxMindDb.LibraryName} could not be loaded; install libmaxminddb0.", ex);
        }

        try
        {
            var dataOffsets = DatabaseVerifier.Verify(mmdb, path);
            var info = DescribeMetadata(mmdb, path);
            var layout = DatabaseLayoutDetector.Detect(mmdb, dataOffsets)
                ?? throw new GeoDatabaseException(path, $"its records have no country data (database type '{info.DatabaseType}').");
            return new MmdbDatabase(mmdb, layout, info);
        }
        catch
        {
            Close(mmdb);
            throw;
        }
    }

    // Fails only once the database has been retired and every lease released; the caller then
    // reads the replacement, which is always published before the old database is retired.
    public bool TryAcquire()
    {
        var references = Volatile.Read(ref _references);
        while (references > 0)
        {
            var seen = Interlocked.CompareExchange(ref _references, references + 1, references);
            if (seen == references)
            {
                return true;
            }
            references = seen;
        }
        return false;
    }

    public void Release()
    {
        if (Interlocked.Decrement(ref _references) == 0)
        {
            Close(_mmdb);
        }
    }

    public void Retire() => Release();

    // Callers hold a lease.
    public GeoLocation Lookup(IPAddress address)
    {
        var sockaddr = stackalloc byte[SockaddrWriter.MaxSize];
        if (!SockaddrWriter.TryWrite(address, new Span<byte>(sockaddr, SockaddrWriter.MaxSize)))
        {
            return GeoLocation.Unknown;
        }
        int error;
        var result = LibMaxMindDb.LookupSockaddr(_mmdb, sockaddr, &error);
        // Errors here are bad data or an IPv6 address asked of an IPv4-only database: Unknown.
        return error == MmdbError.Success && result.FoundEntry != 0
            ? LocationReader.Read(result.Entry, _layout)
            : GeoLocation.Unknown;
    }

    // For file and I/O errors libmaxminddb leaves errno from the failing open/fstat/mmap in
    // place, and that says why ("No such file or directory", "Permission denied").
    private static string DescribeOpenError(int status, int errno)
    {
        var reason = LibMaxMindDb.DescribeError(status);
        return status is MmdbError.FileOpen or MmdbError.Io && errno != 0
            ? $"{reason} ({Marshal.GetPInvokeErrorMessage(errno)})."
            : $"{reason}.";
    }

    private static GeoDatabaseInfo DescribeMetadata(MmdbS* mmdb, string path) => new(
        path,
        Marshal.PtrToStringUTF8((nint)mmdb->DatabaseType) ?? "",
        DateTimeOffset.FromUnixTimeSeconds((long)mmdb->BuildEpoch));

    private static void Close(MmdbS* mmdb)
    {
        LibMaxMindDb.Close(mmdb);
        NativeMemory.Free(mmdb);
    }
}
