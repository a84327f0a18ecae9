using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ConsentManager.Api.Security;

/// <summary>
/// Keys verified recently, by the SHA-256 of the presented key, so the decision path skips a Redis read and a JSON
/// parse per request. Only successful verifications are kept (an unknown key always goes to Redis). A revocation
/// evicts the key at once on this instance; <see cref="KeyRevocationListener"/> evicts it on the others; an entry
/// never outlives <see cref="SecurityOptions.KeyCacheLifetime"/>, which bounds a revocation whose message was lost.
/// </summary>
public sealed class VerifiedKeyCache(IOptions<SecurityOptions> options, TimeProvider time)
{
    // Far above any real number of keys in use; past it the cache starts over rather than grow without bound.
    private const int MaxEntries = 10_000;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _revocations;

    /// <summary>Read before the store lookup and passed to <see cref="Add"/>.</summary>
    public long Generation => Interlocked.Read(ref _revocations);

    public KeyIdentity? Find(string secretHash)
    {
        if (!_entries.TryGetValue(secretHash, out var entry))
        {
            return null;
        }

        // A key's own expiry (expiresAt) ends its entry too, on the wall clock like the key check.
        if (entry.Expires > time.GetTimestamp() && !(entry.KeyExpiresAt <= time.GetUtcNow()))
        {
            return entry.Identity;
        }

        _entries.TryRemove(KeyValuePair.Create(secretHash, entry));
        return null;
    }

    /// <summary>
    /// Remembers a verified key, unless a revocation happened since <paramref name="generation"/> was read: the
    /// lookup may have seen the record just before it was deleted, and caching that would revive a revoked key.
    /// </summary>
    public void Add(string secretHash, KeyIdentity identity, long generation, DateTimeOffset? keyExpiresAt = null)
    {
        var lifetime = options.Value.KeyCacheLifetime;
        if (lifetime <= TimeSpan.Zero)
        {
            return;
        }

        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        var expires = time.GetTimestamp() + (long)(lifetime.TotalSeconds * time.TimestampFrequency);
        _entries[secretHash] = new Entry(identity, expires, keyExpiresAt);
        if (Generation != generation)
        {
            _entries.TryRemove(secretHash, out _);
        }
    }

    public void Evict(string keyId)
    {
        Interlocked.Increment(ref _revocations);
        foreach (var (hash, entry) in _entries)
        {
            if (entry.Identity.KeyId == keyId)
            {
                _entries.TryRemove(hash, out _);
            }
        }
    }

    /// <summary>Forgets every key: after a lost connection to Redis, revocation messages may have been missed.</summary>
    public void Clear()
    {
        Interlocked.Increment(ref _revocations);
        _entries.Clear();
    }

    private sealed record Entry(KeyIdentity Identity, long Expires, DateTimeOffset? KeyExpiresAt);
}
