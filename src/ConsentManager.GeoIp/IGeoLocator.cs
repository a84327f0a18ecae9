using System.Net;

namespace ConsentManager.GeoIp;

/// <summary>Maps an IP address to the country (and, where the database has it, subdivision) it is located in.</summary>
public interface IGeoLocator
{
    /// <summary>
    /// Looks up <paramref name="address"/>. Safe to call from many threads at once. Returns
    /// <see cref="GeoLocation.Unknown"/> when the database has no country for the address or
    /// cannot answer for it; bad data never surfaces as an exception.
    /// </summary>
    GeoLocation Lookup(IPAddress address);
}
