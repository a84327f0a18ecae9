using System.Collections.Concurrent;

namespace ConsentManager.Api.Demo;

/// <summary>One report of a stand-in tracker: which purpose fired, when, and on which demo page.</summary>
public sealed record DemoHit(string Purpose, DateTimeOffset At, string? Page);

/// <summary>
/// What the demo's stand-in trackers reported, in memory, so tests can prove what fired and when. It keeps the
/// purpose, the time and the page path, never an IP address or any other detail of the request.
/// </summary>
internal sealed class DemoHitLog(TimeProvider clock)
{
    // A demo left running for days must not grow without bound.
    private const int Capacity = 1000;
    private readonly ConcurrentQueue<DemoHit> _hits = new();

    public void Record(string purpose, HttpRequest request)
    {
        _hits.Enqueue(new DemoHit(purpose, clock.GetUtcNow(), PageOf(request)));
        while (_hits.Count > Capacity && _hits.TryDequeue(out _))
        {
        }
    }

    public IReadOnlyList<DemoHit> All() => [.. _hits];

    public void Clear() => _hits.Clear();

    // The trackers run on demo pages of this same origin, so the Referer is the page; anything else is not kept.
    private static string? PageOf(HttpRequest request) =>
        Uri.TryCreate(request.Headers.Referer, UriKind.Absolute, out var referer) && referer.Authority == request.Host.Value
            ? referer.PathAndQuery
            : null;
}
