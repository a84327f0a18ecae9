using ConsentManager.GeoIp.Native;

namespace ConsentManager.GeoIp.Database;

// Chooses the layout from the records themselves rather than from the database_type metadata,
// which is free text (ip-location-db writes "country ipvAll", and third-party MaxMind-format
// files use their own names).
internal static unsafe class DatabaseLayoutDetector
{
    public static DatabaseLayout? Detect(MmdbS* mmdb, IEnumerable<uint> dataOffsets)
    {
        DatabaseLayout? layout = null;
        foreach (var offset in dataOffsets)
        {
            var entry = new MmdbEntry { Mmdb = mmdb, Offset = offset };
            if (EntryValues.Exists(&entry, LookupPath.CountryCode))
            {
                return DatabaseLayout.CountryCode;
            }
            // A city database has country-only records too, so one record with a subdivision
            // settles it, but only having seen them all settles "country database".
            if (EntryValues.Exists(&entry, LookupPath.FirstSubdivisionIsoCode))
            {
                return DatabaseLayout.MaxMindCity;
            }
            if (EntryValues.Exists(&entry, LookupPath.Country) || EntryValues.Exists(&entry, LookupPath.RegisteredCountry))
            {
                layout = DatabaseLayout.MaxMindCountry;
            }
        }
        return layout;
    }
}
