using System.Security.Cryptography;
using System.Text;

namespace ConsentManager.Api.Secrets;

/// <summary>
/// HMAC keys of one purpose (visitor tokens, receipt MACs): the first signs, every key verifies, so a key can be
/// rotated by prepending a new one and dropping the old one once nothing signed with it matters any more.
/// A key's id is the first 8 hex digits of its SHA-256: it names the key on a record without revealing it.
/// </summary>
public sealed class KeyRing
{
    private readonly (string Id, byte[] Key)[] _keys;

    public KeyRing(IEnumerable<string> keys)
    {
        _keys = keys.Select(key => (IdOf(key), Encoding.UTF8.GetBytes(key))).ToArray();
        if (_keys.Length == 0)
        {
            throw new ArgumentException("A key ring needs at least one key.", nameof(keys));
        }
    }

    public string SigningKeyId => _keys[0].Id;

    public byte[] Sign(ReadOnlySpan<byte> message) => HMACSHA256.HashData(_keys[0].Key, message);

    /// <summary>The MAC under the key with <paramref name="keyId"/>, or null when no key of the ring has that id.</summary>
    public byte[]? SignWith(string keyId, ReadOnlySpan<byte> message)
    {
        foreach (var (id, key) in _keys)
        {
            if (id == keyId)
            {
                return HMACSHA256.HashData(key, message);
            }
        }

        return null;
    }

    /// <summary>True when any key's MAC of <paramref name="message"/> starts with <paramref name="mac"/> (constant time per key).</summary>
    public bool Verifies(ReadOnlySpan<byte> message, ReadOnlySpan<byte> mac)
    {
        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        var found = false;
        foreach (var (_, key) in _keys)
        {
            HMACSHA256.HashData(key, message, expected);
            found |= mac.Length > 0 && mac.Length <= expected.Length && CryptographicOperations.FixedTimeEquals(expected[..mac.Length], mac);
        }

        return found;
    }

    private static string IdOf(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..8];
}
