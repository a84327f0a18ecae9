using System.Runtime.InteropServices;

namespace ConsentManager.GeoIp.Native;

// x86_64 Linux layouts of the libmaxminddb 1.x structs, checked with offsetof/sizeof in a C
// probe against libmaxminddb.so.0 1.7.1 and pinned by MmdbStructLayoutTests. C `bool` is one
// byte. Only the fields this library reads are declared; Size keeps the full native extent.

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct MmdbEntry
{
    public MmdbS* Mmdb;
    public uint Offset;
}

[StructLayout(LayoutKind.Explicit, Size = 32)]
internal struct MmdbLookupResult
{
    [FieldOffset(0)] public byte FoundEntry;
    [FieldOffset(8)] public MmdbEntry Entry;
    [FieldOffset(24)] public ushort Netmask;
}

// The value union starts at 16, not 8: it holds an unsigned __int128, which is 16-byte aligned.
[StructLayout(LayoutKind.Explicit, Size = 48)]
internal unsafe struct MmdbEntryData
{
    [FieldOffset(0)] public byte HasData;
    [FieldOffset(16)] public byte* Utf8String;
    [FieldOffset(16)] public byte Boolean;
    [FieldOffset(32)] public uint Offset;
    [FieldOffset(40)] public uint DataSize;
    [FieldOffset(44)] public uint Type;

    public const uint TypeUtf8String = 2;
    public const uint TypeMap = 7;
    public const uint TypeBoolean = 14;
}

[StructLayout(LayoutKind.Explicit, Size = 56)]
internal struct MmdbSearchNode
{
    [FieldOffset(16)] public byte LeftRecordType;
    [FieldOffset(17)] public byte RightRecordType;
    [FieldOffset(24)] public MmdbEntry LeftRecordEntry;
    [FieldOffset(40)] public MmdbEntry RightRecordEntry;

    public const byte RecordTypeData = 2;
    public const byte RecordTypeInvalid = 3;
}

// MMDB_s with its embedded MMDB_metadata_s (which starts at offset 72).
[StructLayout(LayoutKind.Explicit, Size = 136)]
internal unsafe struct MmdbS
{
    [FieldOffset(72)] public uint NodeCount;
    [FieldOffset(80)] public byte* DatabaseType;
    [FieldOffset(112)] public ulong BuildEpoch;
}
