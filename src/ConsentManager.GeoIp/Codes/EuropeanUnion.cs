namespace ConsentManager.GeoIp.Codes;

// Used where a database has no EU flag of its own (the ip-location-db layout).
internal static class EuropeanUnion
{
    // The 27 member states (Greece is GR in ISO 3166-1, not the EU's "EL"), plus Åland and the
    // outermost regions that carry their own ISO code: they are EU territory, so the GDPR
    // applies there, and treating a visitor as in the EU is the safe error for a consent banner.
    private static readonly HashSet<string> Members =
    [
        "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
        "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
        "AX", "GF", "GP", "MF", "MQ", "RE", "YT",
    ];

    public static bool Contains(string countryCode) => Members.Contains(countryCode);
}
