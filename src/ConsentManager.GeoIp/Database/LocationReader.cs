using ConsentManager.GeoIp.Codes;
using ConsentManager.GeoIp.Native;

namespace ConsentManager.GeoIp.Database;

// Reads a GeoLocation out of the record a lookup found. Strings come from the interned code
// tables, so a lookup allocates nothing once a subdivision code has been seen.
internal static unsafe class LocationReader
{
    public static GeoLocation Read(MmdbEntry record, DatabaseLayout layout) =>
        layout == DatabaseLayout.CountryCode
            ? ReadCountryCodeLayout(&record)
            : ReadMaxMindLayout(&record, withSubdivision: layout == DatabaseLayout.MaxMindCity);

    private static GeoLocation ReadMaxMindLayout(MmdbEntry* record, bool withSubdivision)
    {
        // registered_country (where the network is registered) stands in when MaxMind does not
        // know where the address is used, e.g. for some anycast and satellite ranges.
        if (!EntryValues.TryGetMap(record, LookupPath.Country, out var country)
            && !EntryValues.TryGetMap(record, LookupPath.RegisteredCountry, out country))
        {
            return GeoLocation.Unknown;
        }
        var code = CountryCodes.FromUtf8(EntryValues.GetUtf8(&country, LookupPath.IsoCode));
        if (code is null)
        {
            return GeoLocation.Unknown;
        }
        // MaxMind writes is_in_european_union only when it is true.
        var inEu = EntryValues.GetBoolean(&country, LookupPath.IsInEuropeanUnion);
        var subdivision = withSubdivision
            ? SubdivisionCodes.FromUtf8(EntryValues.GetUtf8(record, LookupPath.FirstSubdivisionIsoCode))
            : null;
        return new GeoLocation(code, inEu, subdivision);
    }

    private static GeoLocation ReadCountryCodeLayout(MmdbEntry* record)
    {
        var code = CountryCodes.FromUtf8(EntryValues.GetUtf8(record, LookupPath.CountryCode));
        return code is null ? GeoLocation.Unknown : new GeoLocation(code, EuropeanUnion.Contains(code), null);
    }
}
