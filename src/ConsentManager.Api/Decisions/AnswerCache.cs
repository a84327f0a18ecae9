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

    public async Task<VisitorAnswer> GetAsync(string siteId, string visitorId, Func<string, Task<VisitorAnswer>> read) =>
        (await GetManyAsync(siteId, [visitorId], read))[0];

    /// <summary>The answers of several visitors of one site, in order, behind one barrier.</summary>
    public async Task<VisitorAnswer[]> GetManyAsync(string siteId, IReadOnlyList<string> visitorIds, Func<string, Task<VisitorAnswer>> read)
    {
        if (_capacity == 0 || !await _signal.BarrierAsync())
        {
            DecisionCacheMetrics.Bypassed(visitorIds.Count);
            return await Task.WhenAll(visitorIds.Select(read));
        }

        // Hits are answered in place; only misses start a read.
        var answers = new VisitorAnswer[visitorIds.Count];
        var fills = new List<Task>();
        for (var index = 0; index < visitorIds.Count; index++)
        {
            var key = (siteId, visitorIds[index]);
            if (!_slots.TryGetValue(key, out var slot))
            {
                // Full: start over rather than track recency on every hit. (Count takes every lock of the
                // dictionary, so it is only asked when a visitor is added.)
                if (_slots.Count >= _capacity)
                {
                    _slots.Clear();
                }

                slot = _slots.GetOrAdd(key, _ => new Slot(null));
            }

            if (slot.Answer is { } cached)
            {
                answers[index] = cached;
            }
            else
            {
                fills.Add(FillAsync(key, slot, read, answers, index));
            }
        }

        DecisionCacheMetrics.Looked(hits: visitorIds.Count - fills.Count, misses: fills.Count);
        await Task.WhenAll(fills);
        return answers;
    }

    // Keeps the answer only if no change emptied the slot while the store was read.
    private async Task FillAsync((string SiteId, string VisitorId) key, Slot slot, Func<string, Task<VisitorAnswer>> read, VisitorAnswer[] answers, int index)
    {
        var answer = answers[index] = await read(key.VisitorId);
        _slots.TryUpdate(key, new Slot(answer), slot);
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
