using System.Runtime.InteropServices;
using System.Text;

namespace ConsentManager.GeoIp.Native;

// MMDB_aget_value wants `const char *const *path`: a NULL-terminated array of NUL-terminated
// UTF-8 keys. Each path is built once in native memory and lives for the whole process, so the
// lookup path never marshals strings or pins anything.
internal static unsafe class LookupPath
{
    public static readonly byte** Country = Create("country");
    public static readonly byte** RegisteredCountry = Create("registered_country");
    public static readonly byte** IsoCode = Create("iso_code");
    public static readonly byte** IsInEuropeanUnion = Create("is_in_european_union");
    public static readonly byte** FirstSubdivisionIsoCode = Create("subdivisions", "0", "iso_code");
    public static readonly byte** CountryCode = Create("country_code");

    private static byte** Create(params string[] keys)
    {
        var array = (byte**)NativeMemory.AllocZeroed((nuint)(keys.Length + 1), (nuint)sizeof(byte*));
        for (var i = 0; i < keys.Length; i++)
        {
            var utf8 = Encoding.UTF8.GetBytes(keys[i] + '\0');
            var key = (byte*)NativeMemory.Alloc((nuint)utf8.Length);
            utf8.CopyTo(new Span<byte>(key, utf8.Length));
            array[i] = key;
        }
        return array;
    }
}
