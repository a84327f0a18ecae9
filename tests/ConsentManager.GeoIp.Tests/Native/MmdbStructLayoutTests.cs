using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ConsentManager.GeoIp.Native;

namespace ConsentManager.GeoIp.Tests.Native;

// Expected numbers are sizeof/offsetof printed by a C probe compiled against a copy of
// maxminddb.h (1.7.1, x86_64 Linux). A wrong layout would read garbage or write past a buffer.
public sealed class MmdbStructLayoutTests
{
    [Fact]
    public void Struct_Sizes_Match_The_Native_Structs()
    {
        Assert.Equal(136, Unsafe.SizeOf<MmdbS>());
        Assert.Equal(16, Unsafe.SizeOf<MmdbEntry>());
        Assert.Equal(32, Unsafe.SizeOf<MmdbLookupResult>());
        Assert.Equal(48, Unsafe.SizeOf<MmdbEntryData>());
        Assert.Equal(56, Unsafe.SizeOf<MmdbSearchNode>());
    }

    [Theory]
    [InlineData(typeof(MmdbLookupResult), nameof(MmdbLookupResult.Entry), 8)]
    [InlineData(typeof(MmdbLookupResult), nameof(MmdbLookupResult.Netmask), 24)]
    [InlineData(typeof(MmdbEntryData), nameof(MmdbEntryData.Utf8String), 16)]
    [InlineData(typeof(MmdbEntryData), nameof(MmdbEntryData.Offset), 32)]
    [InlineData(typeof(MmdbEntryData), nameof(MmdbEntryData.DataSize), 40)]
    [InlineData(typeof(MmdbEntryData), nameof(MmdbEntryData.Type), 44)]
    [InlineData(typeof(MmdbSearchNode), nameof(MmdbSearchNode.LeftRecordEntry), 24)]
    [InlineData(typeof(MmdbSearchNode), nameof(MmdbSearchNode.RightRecordEntry), 40)]
    [InlineData(typeof(MmdbS), nameof(MmdbS.NodeCount), 72)]
    [InlineData(typeof(MmdbS), nameof(MmdbS.DatabaseType), 80)]
    [InlineData(typeof(MmdbS), nameof(MmdbS.BuildEpoch), 112)]
    public void Field_Offsets_Match_The_Native_Structs(Type type, string field, int offset)
    {
        Assert.Equal(offset, (int)Marshal.OffsetOf(type, field));
    }
}
