namespace ConsentManager.GeoIp;

/// <summary>Where an IP address is located, as far as the database knows.</summary>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code in upper case, such as "DE"; null when unknown.</param>
/// <param name="IsInEuropeanUnion">True when the country is in the European Union (so the GDPR applies).</param>
/// <param name="SubdivisionCode">
/// ISO 3166-2 code of the first (largest) subdivision without the country prefix, such as "CA" for
/// US-CA; only city-level databases have it, otherwise null.
/// </param>
public readonly record struct GeoLocation(string? CountryCode, bool IsInEuropeanUnion, string? SubdivisionCode)
{
    /// <summary>The answer for an address the database does not place in any country.</summary>
    public static GeoLocation Unknown => default;
}
