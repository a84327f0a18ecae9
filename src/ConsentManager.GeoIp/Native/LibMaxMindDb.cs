using System.Runtime.InteropServices;

namespace ConsentManager.GeoIp.Native;

// Declarations written from the documented libmaxminddb 1.x C API (SONAME libmaxminddb.so.0).
// MMDB_get_value is deliberately absent: it is variadic, and variadic P/Invoke is not
// supported on x64 SysV; MMDB_aget_value takes the same path as a NULL-terminated array.
internal static unsafe partial class LibMaxMindDb
{
    public const string LibraryName = "libmaxminddb.so.0";

    public const uint ModeMmap = 1;

    [LibraryImport(LibraryName, EntryPoint = "MMDB_open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    public static partial int Open(string filename, uint flags, MmdbS* mmdb);

    [LibraryImport(LibraryName, EntryPoint = "MMDB_close")]
    public static partial void Close(MmdbS* mmdb);

    [LibraryImport(LibraryName, EntryPoint = "MMDB_lookup_sockaddr")]
    public static partial MmdbLookupResult LookupSockaddr(MmdbS* mmdb, byte* sockaddr, int* mmdbError);

    [LibraryImport(LibraryName, EntryPoint = "MMDB_aget_value")]
    public static partial int AgetValue(MmdbEntry* start, MmdbEntryData* entryData, byte** path);

    [LibraryImport(LibraryName, EntryPoint = "MMDB_read_node")]
    public static partial int ReadNode(MmdbS* mmdb, uint nodeNumber, MmdbSearchNode* node);

    [LibraryImport(LibraryName, EntryPoint = "MMDB_get_entry_data_list")]
    public static partial int GetEntryDataList(MmdbEntry* start, void** entryDataList);

    [LibraryImport(LibraryName, EntryPoint = "MMDB_free_entry_data_list")]
    public static partial void FreeEntryDataList(void* entryDataList);

    [LibraryImport(LibraryName, EntryPoint = "MMDB_strerror")]
    public static partial byte* StrError(int errorCode);

    public static string DescribeError(int errorCode) =>
        Marshal.PtrToStringUTF8((nint)StrError(errorCode)) ?? $"libmaxminddb error {errorCode}";
}
