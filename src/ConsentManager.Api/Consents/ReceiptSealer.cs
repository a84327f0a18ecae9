using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ConsentManager.Api.Secrets;
using ConsentManager.Api.Storage;
using Microsoft.Extensions.Options;

namespace ConsentManager.Api.Consents;

/// <summary>
/// Tamper evidence of a receipt. Its canonical form is its JSON with <c>hash</c>, <c>macKeyId</c> and <c>mac</c>
/// empty (so it covers <c>previousHash</c>, the chain link); <c>hash</c> is <c>sha256:&lt;hex&gt;</c> of it and
/// <c>mac</c> an HMAC-SHA256 (base64url) of it under the <c>Receipts:MacKeys</c> ring.
/// </summary>
public sealed class ReceiptSealer(IOptions<ReceiptOptions> options)
{
    private readonly KeyRing _keys = new(options.Value.MacKeys);

    public ConsentReceipt Seal(ConsentReceipt receipt)
    {
        var canonical = Canonical(receipt);
        return receipt with
        {
            Hash = HashOf(canonical),
            MacKeyId = _keys.SigningKeyId,
            Mac = Base64Url.EncodeToString(_keys.Sign(canonical)),
        };
    }

    /// <summary>The hash the receipt's content has now, whatever its <c>hash</c> field says.</summary>
    public static string HashOf(ConsentReceipt receipt) => HashOf(Canonical(receipt));

    /// <summary>Null when the MAC is right; otherwise why not.</summary>
    public string? MacProblem(ConsentReceipt receipt)
    {
        if (receipt.MacKeyId is null || receipt.Mac is null)
        {
            return "The receipt carries no MAC.";
        }

        var expected = _keys.SignWith(receipt.MacKeyId, Canonical(receipt));
        if (expected is null)
        {
            return $"MAC key '{receipt.MacKeyId}' is not in Receipts:MacKeys.";
        }

        var matches = CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Base64Url.EncodeToString(expected)), Encoding.ASCII.GetBytes(receipt.Mac));
        return matches
            ? null
            : $"The MAC does not match the receipt's content under key '{receipt.MacKeyId}'.";
    }

    private static byte[] Canonical(ConsentReceipt receipt) =>
        JsonSerializer.SerializeToUtf8Bytes(receipt with { Hash = null, MacKeyId = null, Mac = null }, StorageJson.Options);

    private static string HashOf(byte[] canonical) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(canonical));
}
