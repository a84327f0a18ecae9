using ConsentManager.GeoIp.Native;

namespace ConsentManager.GeoIp.Database;

// Typed reads of one value below a data-section entry. A key that is absent
// (MMDB_LOOKUP_PATH_DOES_NOT_MATCH_DATA_ERROR), a value of another type, and a decoding error
// all read as "no value": callers turn that into Unknown rather than an exception.
internal static unsafe class EntryValues
{
    public static bool Exists(MmdbEntry* entry, byte** path)
    {
        MmdbEntryData data;
        return LibMaxMindDb.AgetValue(entry, &data, path) == MmdbError.Success && data.HasData != 0;
    }

    public static bool TryGetMap(MmdbEntry* entry, byte** path, out MmdbEntry map)
    {
        MmdbEntryData data;
        var found = LibMaxMindDb.AgetValue(entry, &data, path) == MmdbError.Success
            && data.HasData != 0 && data.Type == MmdbEntryData.TypeMap;
        // A map's offset is where its own entries start, so it can be the start of a further path.
        map = new MmdbEntry { Mmdb = entry->Mmdb, Offset = found ? data.Offset : 0 };
        return found;
    }

    public static ReadOnlySpan<byte> GetUtf8(MmdbEntry* entry, byte** path)
    {
        MmdbEntryData data;
        var found = LibMaxMindDb.AgetValue(entry, &data, path) == MmdbError.Success
            && data.HasData != 0 && data.Type == MmdbEntryData.TypeUtf8String;
        return found ? new ReadOnlySpan<byte>(data.Utf8String, (int)data.DataSize) : default;
    }

    public static bool GetBoolean(MmdbEntry* entry, byte** path)
    {
        MmdbEntryData data;
        return LibMaxMindDb.AgetValue(entry, &data, path) == MmdbError.Success
            && data.HasData != 0 && data.Type == MmdbEntryData.TypeBoolean && data.Boolean != 0;
    }
}
