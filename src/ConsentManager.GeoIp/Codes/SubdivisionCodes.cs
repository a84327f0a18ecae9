using System.Collections.Concurrent;
using System.Text;

namespace ConsentManager.GeoIp.Codes;

// Turns the UTF-8 bytes of an ISO 3166-2 subdivision suffix ("CA", "ENG", "E") into a string,
// allocating only the first time a code is seen. Codes of one to three ASCII letters or digits
// (all real ones) are cached; that key space is bounded (about 48k), so the cache cannot grow
// without limit. Anything else is decoded afresh each time.
internal static class SubdivisionCodes
{
    private static readonly ConcurrentDictionary<int, string> Cache = new();

    public static string? FromUtf8(ReadOnlySpan<byte> code)
    {
        if (code.IsEmpty)
        {
            return null;
        }
        if (!TryPack(code, out var key))
        {
            return Encoding.UTF8.GetString(code);
        }
        return Cache.TryGetValue(key, out var cached) ? cached : Cache.GetOrAdd(key, Encoding.ASCII.GetString(code));
    }

    // Packs up to three non-zero bytes into an int: distinct codes give distinct keys.
    private static bool TryPack(ReadOnlySpan<byte> code, out int key)
    {
        key = 0;
        if (code.Length > 3)
        {
            return false;
        }
        for (var i = 0; i < code.Length; i++)
        {
            var b = code[i];
            if (!char.IsAsciiLetterOrDigit((char)b))
            {
                return false;
            }
            key |= b << (8 * i);
        }
        return true;
    }
}
