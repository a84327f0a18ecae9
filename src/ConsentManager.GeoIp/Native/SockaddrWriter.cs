using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace ConsentManager.GeoIp.Native;

// Fills a caller-provided (stack) buffer with a Linux sockaddr_in or sockaddr_in6, so a lookup
// needs neither a string nor a heap object.
internal static class SockaddrWriter
{
    // sizeof(struct sockaddr_in6); sockaddr_in (16 bytes) fits in the same buffer.
    public const int MaxSize = 28;

    private const ushort AfInet = 2;
    private const ushort AfInet6 = 10;

    public static bool TryWrite(IPAddress address, Span<byte> sockaddr)
    {
        sockaddr[..MaxSize].Clear();
        // ::ffff:a.b.c.d is sent as plain IPv4: libmaxminddb then walks the database's IPv4
        // subtree, which every IPv6 database has, while the ::ffff:0:0/96 alias is optional
        // (ip-location-db files lack it).
        if (address.AddressFamily == AddressFamily.InterNetworkV6 && address.IsIPv4MappedToIPv6)
        {
            Span<byte> v6 = stackalloc byte[16];
            address.TryWriteBytes(v6, out _);
            WriteFamily(sockaddr, AfInet);
            v6[12..].CopyTo(sockaddr[4..]);
            return true;
        }
        switch (address.AddressFamily)
        {
            case AddressFamily.InterNetwork:
                // sockaddr_in: family, port, in_addr (network byte order) at offset 4.
                WriteFamily(sockaddr, AfInet);
                return address.TryWriteBytes(sockaddr.Slice(4, 4), out _);
            case AddressFamily.InterNetworkV6:
                // sockaddr_in6: family, port, flowinfo, in6_addr at offset 8, scope id.
                WriteFamily(sockaddr, AfInet6);
                return address.TryWriteBytes(sockaddr.Slice(8, 16), out _);
            default:
                return false;
        }
    }

    // sa_family_t is a host-order (little-endian on x86_64) unsigned short.
    private static void WriteFamily(Span<byte> sockaddr, ushort family) =>
        BinaryPrimitives.WriteUInt16LittleEndian(sockaddr, family);
}
