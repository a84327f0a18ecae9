namespace ConsentManager.GeoIp.Database;

// Where a database keeps the fields a GeoLocation needs.
internal enum DatabaseLayout
{
    // GeoIP2/GeoLite2 Country: country{iso_code, is_in_european_union}, else registered_country.
    MaxMindCountry,

    // GeoIP2/GeoLite2 City and Enterprise: as MaxMindCountry, plus subdivisions[0].iso_code.
    MaxMindCity,

    // ip-location-db: a top-level country_code and nothing else; the EU flag is derived.
    CountryCode,
}
