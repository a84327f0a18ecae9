using System.Buffers.Binary;
using System.Text;

namespace ConsentManager.GeoIp.Tests.Database;

// Writes a minimal valid IPv4 MaxMind DB file (one search node, 24-bit records): addresses
// 0.0.0.0–127.255.255.255 get the first record, 128.0.0.0–255.255.255.255 the second. Used for
// data shapes MaxMind's test databases lack. Values: string, bool, ushort, uint, ulong,
// object[] and Dictionary<string, object>, encoded as the MaxMind DB format specifies.
internal static class TinyMmdb
{
    private const int NodeCount = 1;
    private static readonly byte[] MetadataMarker = [0xAB, 0xCD, 0xEF, .. "MaxMind.com"u8];

    public static void Write(string path, Dictionary<string, object> lowHalf, Dictionary<string, object> highHalf)
    {
        var data = new List<byte>();
        var lowOffset = data.Count;
        Encode(data, lowHalf);
        var highOffset = data.Count;
        Encode(data, highHalf);

        var file = new List<byte>();
        // A data record's value is node_count + 16 (the separator) + its data-section offset.
        AppendRecord(file, NodeCount + 16 + lowOffset);
        AppendRecord(file, NodeCount + 16 + highOffset);
        file.AddRange(new byte[16]);
        file.AddRange(data);
        file.AddRange(MetadataMarker);
        Encode(file, new Dictionary<string, object>
        {
            ["node_count"] = (uint)NodeCount,
            ["record_size"] = (ushort)24,
            ["ip_version"] = (ushort)4,
            ["database_type"] = "Tiny-Test",
            ["languages"] = Array.Empty<object>(),
            ["binary_format_major_version"] = (ushort)2,
            ["binary_format_minor_version"] = (ushort)0,
            ["build_epoch"] = 1_700_000_000UL,
            ["description"] = new Dictionary<string, object>(),
        });
        File.WriteAllBytes(path, [.. file]);
    }

    private static void AppendRecord(List<byte> file, int value)
    {
        file.AddRange([(byte)(value >> 16), (byte)(value >> 8), (byte)value]);
    }

    private static void Encode(List<byte> output, object value)
    {
        switch (value)
        {
            case string text:
                var utf8 = Encoding.UTF8.GetBytes(text);
                Control(output, 2, utf8.Length);
                output.AddRange(utf8);
                break;
            case bool flag:
                Control(output, 14, flag ? 1 : 0);
                break;
            case ushort number:
                Control(output, 5, 2);
                output.AddRange([(byte)(number >> 8), (byte)number]);
                break;
            case uint number:
                Control(output, 6, 4);
                AppendBigEndian(output, number, 4);
                break;
            case ulong number:
                Control(output, 9, 8);
                AppendBigEndian(output, number, 8);
                break;
            case object[] items:
                Control(output, 11, items.Length);
                foreach (var item in items)
                {
                    Encode(output, item);
                }
                break;
            case Dictionary<string, object> map:
                Control(output, 7, map.Count);
                foreach (var (key, item) in map)
                {
                    Encode(output, key);
                    Encode(output, item);
                }
                break;
            default:
                throw new ArgumentException($"Cannot encode {value.GetType()}.", nameof(value));
        }
    }

    // Types 1–7 fit in the control byte; higher ones are "extended": 0 there, type − 7 after.
    // Sizes stay below 29, so no size extension bytes are needed.
    private static void Control(List<byte> output, int type, int size)
    {
        if (size >= 29)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, "TinyMmdb only writes sizes below 29.");
        }
        if (type <= 7)
        {
            output.Add((byte)(type << 5 | size));
            return;
        }
        output.Add((byte)size);
        output.Add((byte)(type - 7));
    }

    private static void AppendBigEndian(List<byte> output, ulong value, int bytes)
    {
        Span<byte> buffer = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(buffer, value);
        output.AddRange(buffer[(8 - bytes)..].ToArray());
    }
}
