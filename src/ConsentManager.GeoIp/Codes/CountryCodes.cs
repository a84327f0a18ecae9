namespace ConsentManager.GeoIp.Codes;

// Turns the two UTF-8 bytes of an ISO 3166-1 alpha-2 code into a string without allocating:
// all 26×26 letter pairs are created once, so a lookup only indexes a table.
internal static class CountryCodes
{
    private static readonly string[] Table = CreateTable();

    public static string? FromUtf8(ReadOnlySpan<byte> code)
    {
        if (code.Length != 2 || !TryLetterIndex(code[0], out var first) || !TryLetterIndex(code[1], out var second))
        {
            return null;
        }
        return Table[first * 26 + second];
    }

    // Databases are expected to use upper case, but lower case costs nothing to accept.
    private static bool TryLetterIndex(byte b, out int index)
    {
        index = (b | 0x20) - 'a';
        return (uint)index < 26;
    }

    private static string[] CreateTable()
    {
        var table = new string[26 * 26];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = string.Concat((char)('A' + i / 26), (char)('A' + i % 26));
        }
        return table;
    }
}
