using ConsentManager.Client;
using Microsoft.Extensions.Options;

namespace ConsentManager.UnitTests.Client;

public sealed class DecisionCacheTests
{
    private static readonly ConsentDecision Granted = new(true, "granted");
    private readonly FixedClock _clock = new(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero));

    [Fact]
    public void Answer_Is_Served_Until_The_Cache_Duration_Passes()
    {
        var cache = Cache(TimeSpan.FromSeconds(5));
        cache.Store(cache.Epoch, "site-one", "visitor", "analytics", Granted);

        _clock.Now += TimeSpan.FromSeconds(4.9);
        Assert.Equal(Granted, cache.Find("site-one", "visitor", "analytics"));
        _clock.Now += TimeSpan.FromSeconds(0.1);
        Assert.Null(cache.Find("site-one", "visitor", "analytics"));
    }

    [Fact]
    public void Cache_Is_Off_By_Default()
    {
        var cache = Cache(TimeSpan.Zero);
        cache.Store(cache.Epoch, "site-one", "visitor", "analytics", Granted);

        Assert.Null(cache.Find("site-one", "visitor", "analytics"));
    }

    [Fact]
    public void Invalidation_Drops_The_Visitor_And_Refuses_Answers_Fetched_Before_It()
    {
        var cache = Cache(TimeSpan.FromSeconds(5));
        cache.Store(cache.Epoch, "site-one", "visitor", "analytics", Granted);
        var epochBeforeWithdrawal = cache.Epoch;

        cache.Invalidate("site-one", "visitor");
        cache.Store(epochBeforeWithdrawal, "site-one", "visitor", "retargeting", Granted);

        Assert.Null(cache.Find("site-one", "visitor", "analytics"));
        Assert.Null(cache.Find("site-one", "visitor", "retargeting"));
    }

    [Fact]
    public void Unavailable_Answers_Are_Never_Cached()
    {
        var cache = Cache(TimeSpan.FromSeconds(5));
        cache.Store(cache.Epoch, "site-one", "visitor", "analytics", ConsentDecision.Unavailable);

        Assert.Null(cache.Find("site-one", "visitor", "analytics"));
    }

    private DecisionCache Cache(TimeSpan duration) =>
        new(Options.Create(new ConsentClientOptions { CacheDuration = duration }), _clock);
}
