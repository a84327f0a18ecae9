using System.Net;
using System.Net.Sockets;

namespace ConsentManager.Api.Privacy;

/// <summary>
/// The minimised form of an address that the product may keep: the /24 network for IPv4, the /48 for IPv6
/// (an IPv4-mapped IPv6 address counts as IPv4). A raw address never leaves this class.
/// </summary>
public static class IpPrefix
{
    public const int IPv4Bits = 24;
    public const int IPv6Bits = 48;

    public static string Of(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        var bytes = address.GetAddressBytes();
        var bits = address.AddressFamily == AddressFamily.InterNetwork ? IPv4Bits : IPv6Bits;
        for (var i = bits / 8; i < bytes.Length; i++)
        {
            bytes[i] = 0;
        }

        return $"{new IPAddress(bytes)}/{bits}";
    }
}
