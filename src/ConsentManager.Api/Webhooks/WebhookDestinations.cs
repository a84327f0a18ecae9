using System.Net;

namespace ConsentManager.Api.Webhooks;

/// <summary>
/// Which addresses a tenant's webhook may reach: public ones only, so a site admin cannot make our servers call
/// loopback (Redis), the cloud metadata service or the internal network, nor probe them through the delivery log.
/// </summary>
internal static class WebhookDestinations
{
    // Special-purpose IPv4 ranges (RFC 6890 and successors); 240.0.0.0/4 includes the broadcast address.
    private static readonly IPNetwork[] RefusedIPv4 =
    [
        IPNetwork.Parse("0.0.0.0/8"), IPNetwork.Parse("10.0.0.0/8"), IPNetwork.Parse("100.64.0.0/10"),
        IPNetwork.Parse("127.0.0.0/8"), IPNetwork.Parse("169.254.0.0/16"), IPNetwork.Parse("172.16.0.0/12"),
        IPNetwork.Parse("192.0.0.0/24"), IPNetwork.Parse("192.0.2.0/24"), IPNetwork.Parse("192.168.0.0/16"),
        IPNetwork.Parse("198.18.0.0/15"), IPNetwork.Parse("198.51.100.0/24"), IPNetwork.Parse("203.0.113.0/24"),
        IPNetwork.Parse("224.0.0.0/4"), IPNetwork.Parse("240.0.0.0/4"),
    ];

    // Only global unicast is public: this leaves out ::, ::1, link-local, unique-local, multicast and NAT64 at once.
    private static readonly IPNetwork GlobalUnicast = IPNetwork.Parse("2000::/3");

    // Inside global unicast: documentation, and 6to4, whose addresses embed an IPv4 address that could be private.
    private static readonly IPNetwork[] RefusedIPv6 = [IPNetwork.Parse("2001:db8::/32"), IPNetwork.Parse("2002::/16")];

    public static bool IsPublic(IPAddress address)
    {
        // An attacker writes ::ffff:127.0.0.1 for 127.0.0.1; a dual-mode socket would connect to it as such.
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return address.AddressFamily switch
        {
            System.Net.Sockets.AddressFamily.InterNetwork => !RefusedIPv4.Any(range => range.Contains(address)),
            System.Net.Sockets.AddressFamily.InterNetworkV6 =>
                GlobalUnicast.Contains(address) && !RefusedIPv6.Any(range => range.Contains(address)),
            _ => false,
        };
    }

    /// <summary>
    /// The registration-time check: a literal address must be public and <c>localhost</c> names this machine. Other
    /// names are judged when connecting, because what they resolve to can change after registration.
    /// </summary>
    public static bool IsPublicHost(Uri url)
    {
        var host = url.IdnHost.TrimEnd('.');
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) ||
            host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return !IPAddress.TryParse(host, out var address) || IsPublic(address);
    }
}
