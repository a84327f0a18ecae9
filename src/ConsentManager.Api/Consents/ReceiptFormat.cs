using System.Text.Json;
using ConsentManager.Api.Storage;

namespace ConsentManager.Api.Consents;

/// <summary>
/// How a sealed receipt is stored: in the compact form of <see cref="ReceiptCodec"/> when that decodes to a receipt
/// whose JSON is byte for byte the JSON of the one sealed, else as that JSON (also the form of every receipt stored
/// before the compact one). Readers tell them apart by the first byte: JSON starts with <c>{</c>.
/// </summary>
internal static class ReceiptFormat
{
    public static byte[] Write(ConsentReceipt receipt, bool compact)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(receipt, StorageJson.Options);
        if (!compact)
        {
            return json;
        }

        var encoded = ReceiptCodec.Encode(receipt);
        return JsonSerializer.SerializeToUtf8Bytes(ReceiptCodec.Decode(encoded), StorageJson.Options).AsSpan().SequenceEqual(json)
            ? encoded
            : json;
    }

    public static ConsentReceipt Read(byte[] data) => data is [(byte)'{', ..]
        ? JsonSerializer.Deserialize<ConsentReceipt>(data, StorageJson.Options)!
        : ReceiptCodec.Decode(data);
}
