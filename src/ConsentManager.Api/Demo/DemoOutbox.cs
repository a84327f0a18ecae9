using System.Collections.Concurrent;

namespace ConsentManager.Api.Demo;

/// <summary>What the demo's server side sent instead of mailing or calling a vendor: a conversion or a job-alert mail.</summary>
public sealed record DemoSent(string Kind, string Visitor, DateTimeOffset At);

/// <summary>
/// The demo's outbox, in memory and bounded. It keeps an 8-character prefix of the visitor id, enough to tell
/// visitors apart in tests, never the full id.
/// </summary>
internal sealed class DemoOutbox(TimeProvider clock)
{
    public const string Conversion = "conversion";
    public const string JobAlert = "job_alert";
    private const int Capacity = 1000;

    private readonly ConcurrentQueue<DemoSent> _sent = new();

    public static string Hint(string visitorId) => visitorId[..Math.Min(8, visitorId.Length)];

    public DemoSent Record(string kind, string visitorId)
    {
        var sent = new DemoSent(kind, Hint(visitorId), clock.GetUtcNow());
        _sent.Enqueue(sent);
        while (_sent.Count > Capacity && _sent.TryDequeue(out _))
        {
        }

        return sent;
    }

    public IReadOnlyList<DemoSent> All() => [.. _sent];
}
