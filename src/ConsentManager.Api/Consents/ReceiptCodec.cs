using System.Buffers.Text;
using System.Text;
using ConsentManager.Api.Regimes;
using ConsentManager.Api.Sites;

namespace ConsentManager.Api.Consents;

/// <summary>
/// A compact binary form of a sealed receipt for storage: UUIDs, hashes and base64url values as their raw bytes, enums
/// by name (a reordered enum cannot change a stored receipt), lengths as 7-bit varints. A receipt's JSON was about
/// 860 bytes, this about 280. <see cref="ReceiptFormat"/> stores it only when it decodes to exactly the receipt that
/// was sealed, else the JSON, so a gap in this codec costs bytes, never proof.
/// </summary>
internal static class ReceiptCodec
{
    /// <summary>
    /// The first byte of this form; stored JSON starts with <c>{</c>. A field added to <see cref="ConsentReceipt"/> is
    /// not written here, so until it is, such receipts fail the round trip and are stored as JSON; writing it needs a
    /// new version, and the reader must go on decoding this one.
    /// </summary>
    public const byte Version = 1;

    private const string Sha256Prefix = "sha256:";

    // How a text value is stored: absent, as the raw bytes of its usual shape, or as UTF-8.
    private enum Packing : byte { Null, Raw, Text }

    public static byte[] Encode(ConsentReceipt receipt)
    {
        using var buffer = new MemoryStream(320);
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Version);
            WriteUuid(writer, receipt.ReceiptId);
            WriteBase64Url(writer, receipt.VisitorId);
            writer.Write(receipt.SiteId);
            writer.Write(receipt.Action.ToString());
            writer.Write7BitEncodedInt(receipt.Choices.Count);
            foreach (var (purposeId, granted) in receipt.Choices)
            {
                writer.Write(purposeId);
                writer.Write(granted);
            }

            // Versions nearly always name the choices' purposes, in the same order: then only the numbers are written.
            var sameKeys = receipt.PurposeVersions.Keys.SequenceEqual(receipt.Choices.Keys);
            writer.Write(sameKeys);
            writer.Write7BitEncodedInt(receipt.PurposeVersions.Count);
            foreach (var (purposeId, version) in receipt.PurposeVersions)
            {
                if (!sameKeys)
                {
                    writer.Write(purposeId);
                }

                writer.Write7BitEncodedInt(version);
            }

            WriteTime(writer, receipt.RecordedAt);
            WriteTime(writer, receipt.ExpiresAt);
            writer.Write(receipt.Regime.ToString());
            WriteText(writer, receipt.Country);
            writer.Write(receipt.Gpc);
            WriteText(writer, receipt.IpPrefix);
            writer.Write(receipt.BannerVariant);
            writer.Write(receipt.Language.ToString());
            WriteSha256(writer, receipt.TextHash);
            writer.Write(receipt.Source.ToString());
            writer.Write(receipt.UserActivation);
            writer.Write7BitEncodedInt(receipt.Defaulted.Count);
            foreach (var purposeId in receipt.Defaulted)
            {
                writer.Write(purposeId);
            }

            WriteUuid(writer, receipt.PreviousReceiptId);
            WriteSha256(writer, receipt.PreviousHash);
            WriteSha256(writer, receipt.Hash);
            WriteText(writer, receipt.MacKeyId);
            WriteBase64Url(writer, receipt.Mac);
        }

        return buffer.ToArray();
    }

    /// <summary>The receipt in <paramref name="data"/>; <see cref="InvalidDataException"/> when it is not this form.</summary>
    public static ConsentReceipt Decode(byte[] data)
    {
        using var reader = new BinaryReader(new MemoryStream(data), Encoding.UTF8);
        try
        {
            if (reader.ReadByte() != Version)
            {
                throw new InvalidDataException($"Stored receipt has format {data[0]}, not {Version}.");
            }

            var (receiptId, visitorId, siteId, action) =
                (ReadUuid(reader)!, ReadBase64Url(reader)!, reader.ReadString(), Enum.Parse<ConsentAction>(reader.ReadString()));
            var choices = ReadMap(reader, null, reader.ReadBoolean);
            var versions = ReadMap(reader, reader.ReadBoolean() ? choices.Keys.ToList() : null, reader.Read7BitEncodedInt);
            var receipt = new ConsentReceipt(
                receiptId, visitorId, siteId, action, choices, versions,
                ReadTime(reader), ReadTime(reader), Enum.Parse<Regime>(reader.ReadString()), ReadText(reader), reader.ReadBoolean(),
                ReadText(reader), reader.ReadString(), Enum.Parse<Language>(reader.ReadString()), ReadSha256(reader),
                Enum.Parse<ReceiptSource>(reader.ReadString()), reader.ReadBoolean(),
                Enumerable.Range(0, reader.Read7BitEncodedInt()).Select(_ => reader.ReadString()).ToList(),
                ReadUuid(reader), ReadSha256(reader), ReadSha256(reader), ReadText(reader), ReadBase64Url(reader));
            return reader.BaseStream.Position == data.Length
                ? receipt
                : throw new InvalidDataException("Stored receipt has bytes after its last field.");
        }
        catch (Exception exception) when (exception is EndOfStreamException or FormatException or ArgumentException)
        {
            throw new InvalidDataException("Stored receipt is truncated or malformed.", exception);
        }
    }

    // Sorted like the receipt's own maps, which the recorder builds sorted by key. Keys are read from the data unless
    // they are given (the choices' keys, for versions written without their own).
    private static SortedDictionary<string, T> ReadMap<T>(BinaryReader reader, IReadOnlyList<string>? keys, Func<T> readValue)
    {
        var map = new SortedDictionary<string, T>(StringComparer.Ordinal);
        var count = reader.Read7BitEncodedInt();
        if (keys is not null && keys.Count != count)
        {
            throw new InvalidDataException("Stored receipt's versions do not match its choices.");
        }

        for (var i = 0; i < count; i++)
        {
            map.Add(keys?[i] ?? reader.ReadString(), readValue());
        }

        return map;
    }

    private static void WriteTime(BinaryWriter writer, DateTimeOffset time)
    {
        writer.Write(time.Ticks);
        writer.Write((short)time.Offset.TotalMinutes);
    }

    private static DateTimeOffset ReadTime(BinaryReader reader) => new(reader.ReadInt64(), TimeSpan.FromMinutes(reader.ReadInt16()));

    private static void WriteText(BinaryWriter writer, string? value) => Write(writer, value, _ => null, _ => "");

    private static string? ReadText(BinaryReader reader) => Read(reader, _ => throw new InvalidDataException("Text stored raw."));

    private static void WriteUuid(BinaryWriter writer, string? value) =>
        Write(writer, value, text => Guid.TryParseExact(text, "D", out var uuid) ? uuid.ToByteArray() : null, Uuid);

    private static string? ReadUuid(BinaryReader reader) => Read(reader, Uuid);

    private static string Uuid(byte[] bytes) => bytes.Length == 16 ? new Guid(bytes).ToString("D") : throw new InvalidDataException("UUID length.");

    private static void WriteSha256(BinaryWriter writer, string? value) => Write(writer, value, text =>
        text.StartsWith(Sha256Prefix, StringComparison.Ordinal) && text.Length == Sha256Prefix.Length + 64
        && !text.AsSpan(Sha256Prefix.Length).ContainsAnyExcept("0123456789abcdef")
            ? Convert.FromHexString(text.AsSpan(Sha256Prefix.Length))
            : null, Sha256);

    private static string? ReadSha256(BinaryReader reader) => Read(reader, Sha256);

    private static string Sha256(byte[] bytes) =>
        bytes.Length == 32 ? Sha256Prefix + Convert.ToHexStringLower(bytes) : throw new InvalidDataException("SHA-256 length.");

    private static void WriteBase64Url(BinaryWriter writer, string? value) =>
        Write(writer, value, text => Base64Url.IsValid(text) ? Base64Url.DecodeFromChars(text) : null, bytes => Base64Url.EncodeToString(bytes));

    private static string? ReadBase64Url(BinaryReader reader) => Read(reader, bytes => Base64Url.EncodeToString(bytes));

    // Raw bytes only when they print back to exactly the same text; anything else is stored as text.
    private static void Write(BinaryWriter writer, string? value, Func<string, byte[]?> toRaw, Func<byte[], string> fromRaw)
    {
        if (value is null)
        {
            writer.Write((byte)Packing.Null);
            return;
        }

        if (toRaw(value) is { } bytes && fromRaw(bytes) == value)
        {
            writer.Write((byte)Packing.Raw);
            writer.Write7BitEncodedInt(bytes.Length);
            writer.Write(bytes);
            return;
        }

        writer.Write((byte)Packing.Text);
        writer.Write(value);
    }

    private static string? Read(BinaryReader reader, Func<byte[], string> fromRaw) => (Packing)reader.ReadByte() switch
    {
        Packing.Null => null,
        Packing.Text => reader.ReadString(),
        Packing.Raw => fromRaw(ReadExactly(reader, reader.Read7BitEncodedInt())),
        var packing => throw new InvalidDataException($"Stored receipt has an unknown value packing ({packing})."),
    };

    private static byte[] ReadExactly(BinaryReader reader, int length) =>
        reader.ReadBytes(length) is var bytes && bytes.Length == length ? bytes : throw new EndOfStreamException();
}
