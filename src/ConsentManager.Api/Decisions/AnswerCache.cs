using System.Collections.Concurrent;
using ConsentManager.Api.Freshness;
using Microsoft.Extensions.Options;

namespace ConsentManager.Api.Decisions;

/// <summary>
/// Visitors' answers kept in memory, so a decision needs no store call. Never stale after an acknowledged change:
/// every change is announced on <see cref="VisitorChangeSignal"/> before it is acknowledged, each change empties
/// the visitor's slot here, and a cached answer is only served after a barrier taken after the request arrived
/// (every change acknowledged before it has then emptied its slot). A fill stores its answer only if its slot was
/// not emptied while the store was being read. When the signal is unsure, the store answers.
/// </summary>
public sealed class AnswerCache
{
    private readonly ConcurrentDictionary<(string SiteId, string VisitorId), Slot> _slots = new();
    private readonly VisitorChangeSignal _signal;
    private readonly int _capacity;

    public AnswerCache(VisitorChangeSignal signal, IOptions<DecisionCacheOptions> options)
    {
        _signal = signal;
        _capacity = options.Value.CacheEntries;
        signal.Changed += Forget;
    }

    public async Task<VisitorAnswer> GetAsync(string siteId, string visitorId, Func<Task<VisitorAnswer>> read)
    {
        if (_capacity == 0 || !await _signal.BarrierAsync())
        {
            DecisionCacheMetrics.Bypassed();
            return await read();
        }

        var key = (siteId, visitorId);
        if (_slots.Count >= _capacity && !_slots.ContainsKey(key))
        {
            // Full: start over rather than track recency on every hit.
            _slots.Clear();
        }

        var slot = _slots.GetOrAdd(key, _ => new Slot(null));
        if (slot.Answer is { } cached)
        {
            DecisionCacheMetrics.Hit();
            return cached;
        }

        DecisionCacheMetrics.Missed();
        var answer = await read();
        _slots.TryUpdate(key, new Slot(answer), slot);
        return answer;
    }

    // A new empty slot (not removal), so a fill that read the store before this change cannot store its answer.
    private void Forget(string? siteId, string? visitorId)
    {
        if (siteId is null)
        {
            _slots.Clear();
            return;
        }

        foreach (var key in visitorId is null ? _slots.Keys.Where(key => key.SiteId == siteId) : [(siteId, visitorId)])
        {
            if (_slots.ContainsKey(key))
            {
                _slots[key] = new Slot(null);
            }
        }
    }

    private sealed record Slot(VisitorAnswer? Answer);
}
