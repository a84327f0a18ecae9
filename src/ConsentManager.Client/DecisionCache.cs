using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ConsentManager.Client;

/// <summary>
/// Short-lived answers per visitor. An invalidation removes the visitor and bumps an epoch: an answer fetched before
/// it (possibly stale) is then not stored, so a withdrawal's webhook can never be overtaken by an older answer.
/// </summary>
internal sealed class DecisionCache(IOptions<ConsentClientOptions> options, TimeProvider time)
{
    private const int SweepThreshold = 10_000;

    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, (ConsentDecision Decision, DateTimeOffset Until)>> _visitors = new();
    private long _epoch;

    public bool Enabled => options.Value.CacheDuration > TimeSpan.Zero;

    public long Epoch => Interlocked.Read(ref _epoch);

    public ConsentDecision? Find(string siteId, string visitorId, string purpose) =>
        Enabled && _visitors.TryGetValue(Key(siteId, visitorId), out var purposes)
                && purposes.TryGetValue(purpose, out var entry) && entry.Until > time.GetUtcNow()
            ? entry.Decision
            : null;

    public void Store(long epoch, string siteId, string visitorId, string purpose, ConsentDecision decision)
    {
        if (!Enabled || decision.Reason == ConsentDecision.UnavailableReason)
        {
            return;
        }

        if (_visitors.Count > SweepThreshold)
        {
            Sweep();
        }

        var purposes = _visitors.GetOrAdd(Key(siteId, visitorId), _ => new ConcurrentDictionary<string, (ConsentDecision, DateTimeOffset)>());
        purposes[purpose] = (decision, time.GetUtcNow() + options.Value.CacheDuration);
        if (Epoch != epoch)
        {
            // An invalidation ran while this answer was on its way: it may predate the change.
            _visitors.TryRemove(Key(siteId, visitorId), out _);
        }
    }

    public void Invalidate(string siteId, string visitorId)
    {
        Interlocked.Increment(ref _epoch);
        _visitors.TryRemove(Key(siteId, visitorId), out _);
    }

    private void Sweep()
    {
        var now = time.GetUtcNow();
        foreach (var (key, purposes) in _visitors)
        {
            if (purposes.Values.All(entry => entry.Until <= now))
            {
                _visitors.TryRemove(key, out _);
            }
        }
    }

    private static string Key(string siteId, string visitorId) => $"{siteId}\n{visitorId}";
}
