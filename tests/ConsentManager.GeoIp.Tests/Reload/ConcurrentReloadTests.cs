using System.Net;

namespace ConsentManager.GeoIp.Tests.Reload;

public sealed class ConcurrentReloadTests
{
    private const int Swaps = 20;
    private static readonly IPAddress DiffersBetweenCountryDatabases = IPAddress.Parse("2001:220::");
    private static readonly GeoLocation FromGeoIp2 = new("SE", true, null);
    private static readonly GeoLocation FromGeoLite2 = new("KR", false, null);

    // Every swap retires a native handle while other threads are inside lookups on it; a
    // handle closed too early would crash the process or return garbage here.
    [Fact]
    public void Lookups_On_Several_Threads_Survive_Repeated_Swaps()
    {
        using var directory = new DatabaseDirectory(TestDatabases.GeoIp2Country);
        using var locator = new MaxMindGeoLocator(directory.DatabasePath, new MaxMindGeoLocatorOptions
        {
            ChangeCheckInterval = TimeSpan.FromMinutes(10),
            SettleDelay = TimeSpan.FromMilliseconds(1),
        });
        var observer = new ReloadObserver(locator);
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() => ReadUntilStopped(locator, stop.Token))).ToArray();

        for (var swap = 1; swap <= Swaps; swap++)
        {
            var toGeoLite2 = swap % 2 == 1;
            directory.ReplaceByRename(toGeoLite2 ? TestDatabases.GeoLite2Country : TestDatabases.GeoIp2Country);
            var expected = toGeoLite2 ? FromGeoLite2 : FromGeoIp2;
            observer.WaitUntil(() => locator.Lookup(DiffersBetweenCountryDatabases) == expected, $"swap {swap}");
        }
        stop.Cancel();
        var answers = readers.SelectMany(reader => reader.Result).ToHashSet();

        Assert.Empty(observer.Failures);
        Assert.True(observer.Reloads.Count >= Swaps);
        Assert.Equal([FromGeoLite2, FromGeoIp2], answers.OrderBy(a => a.CountryCode));
    }

    private static HashSet<GeoLocation> ReadUntilStopped(MaxMindGeoLocator locator, CancellationToken stop)
    {
        var answers = new HashSet<GeoLocation>();
        while (!stop.IsCancellationRequested)
        {
            answers.Add(locator.Lookup(DiffersBetweenCountryDatabases));
        }
        return answers;
    }
}
