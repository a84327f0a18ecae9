using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ConsentManager.Api.Secrets;
using ConsentManager.Api.Storage;
using Microsoft.Extensions.Options;

namespace ConsentManager.Api.Audit;

/// <summary>
/// The keyed hashes of the audit trail (keys <c>Audit__HashKeys__N</c>): each entry's HMAC over its content and its
/// predecessor's hash, so an edited, inserted or deleted entry breaks the chain; and the keyed hash that stands for a
/// visitor id wherever the id itself must not be kept (audit subjects, erasure tombstones).
/// </summary>
public sealed class AuditSigner(IOptions<AuditOptions> options)
{
    private readonly KeyRing _keys = new(options.Value.HashKeys);

    public AuditEntry Seal(AuditEntry entry)
    {
        var unsealed = entry with { HashKeyId = _keys.SigningKeyId, Hash = null };
        return unsealed with { Hash = Convert.ToHexStringLower(_keys.Sign(Message(unsealed))) };
    }

    /// <summary>True when the entry's hash is the MAC of its content under the key it names.</summary>
    public bool IsIntact(AuditEntry entry)
    {
        if (entry.HashKeyId is not { } keyId || entry.Hash is not { } hash ||
            _keys.SignWith(keyId, Message(entry with { Hash = null })) is not { } mac)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Convert.ToHexStringLower(mac));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(hash));
    }

    /// <summary>A visitor id as a keyed hash (site-bound, 128 bits hex): linkable within the site, not reversible.</summary>
    public string HashVisitor(string siteId, string visitorId) =>
        Convert.ToHexStringLower(_keys.Sign(Encoding.UTF8.GetBytes($"cm-subject-v1|{siteId}|{visitorId}")).AsSpan(0, 16));

    private static byte[] Message(AuditEntry entry) => JsonSerializer.SerializeToUtf8Bytes(entry, StorageJson.Options);
}
