using ConsentManager.GeoIp.Native;

namespace ConsentManager.GeoIp.Database;

// MMDB_open only reads the metadata, so a file with a broken search tree or data section opens
// fine and fails later, on whichever lookups reach the damage (MaxMind's broken-pointers and
// broken-search-tree test files do exactly that). Walking every node and decoding every record
// once finds such damage at open instead, while the previous database is still serving.
internal static unsafe class DatabaseVerifier
{
    // Returns the data-section offset of every distinct record the search tree points to.
    public static HashSet<uint> Verify(MmdbS* mmdb, string path)
    {
        var dataOffsets = new HashSet<uint>();
        MmdbSearchNode node;
        for (uint number = 0; number < mmdb->NodeCount; number++)
        {
            var status = LibMaxMindDb.ReadNode(mmdb, number, &node);
            if (status != MmdbError.Success)
            {
                throw Corrupt(path, status, $"search tree node {number}");
            }
            VerifyRecord(path, number, node.LeftRecordType, &node.LeftRecordEntry, dataOffsets);
            VerifyRecord(path, number, node.RightRecordType, &node.RightRecordEntry, dataOffsets);
        }
        return dataOffsets;
    }

    private static void VerifyRecord(string path, uint node, byte type, MmdbEntry* entry, HashSet<uint> dataOffsets)
    {
        if (type == MmdbSearchNode.RecordTypeInvalid)
        {
            throw Corrupt(path, MmdbError.CorruptSearchTree, $"search tree node {node} points outside the file");
        }
        if (type != MmdbSearchNode.RecordTypeData || !dataOffsets.Add(entry->Offset))
        {
            return;
        }
        void* list = null;
        var status = LibMaxMindDb.GetEntryDataList(entry, &list);
        LibMaxMindDb.FreeEntryDataList(list);
        if (status != MmdbError.Success)
        {
            throw Corrupt(path, status, $"record at data offset {entry->Offset}");
        }
    }

    private static GeoDatabaseException Corrupt(string path, int status, string where) =>
        new(path, $"the file is corrupt: {LibMaxMindDb.DescribeError(status)} ({where}).");
}
