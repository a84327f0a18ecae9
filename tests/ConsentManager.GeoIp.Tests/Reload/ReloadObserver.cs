using System.Collections.Concurrent;
using System.Diagnostics;

namespace ConsentManager.GeoIp.Tests.Reload;

// Records a locator's reload events, and lets a test wait for a condition to hold: it is
// re-checked whenever a reload event arrives, up to a deadline, so no test sleeps.
internal sealed class ReloadObserver
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);
    private readonly SemaphoreSlim _events = new(0);

    public ReloadObserver(MaxMindGeoLocator locator)
    {
        locator.Reloaded += info =>
        {
            Reloads.Enqueue(info);
            _events.Release();
        };
        locator.ReloadFailed += error =>
        {
            Failures.Enqueue(error);
            _events.Release();
        };
    }

    public ConcurrentQueue<GeoDatabaseInfo> Reloads { get; } = new();

    public ConcurrentQueue<GeoDatabaseException> Failures { get; } = new();

    public void WaitUntil(Func<bool> condition, string what)
    {
        var elapsed = Stopwatch.StartNew();
        while (!condition())
        {
            var remaining = Deadline - elapsed.Elapsed;
            if (remaining <= TimeSpan.Zero)
            {
                Assert.Fail($"Still waiting after {Deadline.TotalSeconds} s for {what}; reloads: {Reloads.Count}, failures: {string.Join(" | ", Failures.Select(f => f.Message))}");
            }
            _events.Wait(remaining);
        }
    }
}
