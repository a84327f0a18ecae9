using System.Collections.Concurrent;

namespace ConsentManager.Api.Security;

/// <summary>
/// Records when a key was last used, coarsely: at most one write per key per <see cref="Resolution"/> from this
/// process, so authentication does not turn every request into a Redis write.
/// </summary>
public sealed class ApiKeyUsage(IApiKeyStore store, TimeProvider time)
{
    public static readonly TimeSpan Resolution = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _written = new(StringComparer.Ordinal);

    public async Task RecordAsync(string keyId)
    {
        var now = time.GetUtcNow();
        if (_written.TryGetValue(keyId, out var last) && now - last < Resolution)
        {
            return;
        }

        _written[keyId] = now;
        await store.RecordUseAsync(keyId, now);
    }
}
