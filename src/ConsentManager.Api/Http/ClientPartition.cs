using System.Net;
using System.Net.Sockets;

namespace ConsentManager.Api.Http;

/// <summary>
/// The rate-limit key of a client: its IPv4 address, or its IPv6 /64. One subscriber usually holds a whole /64, so
/// keying by the full IPv6 address would hand out 2^64 fresh buckets to anyone who rotates addresses.
/// </summary>
internal static class ClientPartition
{
    private const int IPv6PrefixBytes = 8;

    public static string KeyFor(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, IPv6PrefixBytes, bytes.Length - IPv6PrefixBytes);
        return $"{new IPAddress(bytes)}/64";
    }
}
