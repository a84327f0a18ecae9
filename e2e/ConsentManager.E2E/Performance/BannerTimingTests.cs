using System.Net.Http.Json;
using System.Text.Json;
using ConsentManager.E2E.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ConsentManager.E2E.Performance;

/// <summary>
/// How the banner reaches a first-time visitor (after exactly one API round trip) and a returning one (from the cached
/// config, without waiting for the network). Times are reported, not asserted: the bounds only catch a banner that
/// hangs, since timings on a shared 2-core machine vary too much for anything tighter (see BannerBenchmark).
/// </summary>
[Collection(JobBoardCollection.Name)]
public sealed class BannerTimingTests(JobBoardSession session, ITestOutputHelper output)
{
    [Fact]
    public Task First_Visit_Requests_Only_Config_Before_The_Banner() => session.VisitAsync(async visitor =>
    {
        await BannerClock.InstallAsync(visitor.Context);
        var network = ApiRequestLog.Attach(visitor.Page);

        await visitor.Page.GotoAsync("/demo");

        var times = await BannerClock.ReadAsync(visitor.Page);
        output.WriteLine($"first visit: banner visible {times}");
        Assert.Equal(["/v1/sites/demo-jobboard/config"], times.RequestsBeforeBanner);
        await Expect(visitor.Banner).ToBeVisibleAsync();
        // The impression is reported, but only once the banner was painted.
        await Eventually.UntilAsync(
            () => Task.FromResult(network.All), all => all.Contains("/v1/sites/demo-jobboard/impressions"), "the impression");
        await network.MatchesPageAsync(visitor.Page);
        Assert.InRange(times.VisibleAt, 0, 3000);
    });

    [Fact]
    public async Task Returning_Visitor_Sees_The_Cached_Banner_While_Config_Is_Held_And_Decides_On_The_Fresh_One()
    {
        var site = await session.Api.CopyDemoSiteAsync();
        var page = $"/demo?site={site}";
        await session.VisitAsync(async visitor =>
        {
            await BannerClock.InstallAsync(visitor.Context);
            await visitor.OpenAsync(page);
            await Expect(visitor.Banner).ToBeVisibleAsync();
            await session.Api.BumpPurposeVersionAsync(site, "analytics");
            var release = new TaskCompletionSource();
            await visitor.Page.RouteAsync($"**/v1/sites/{site}/config*", async route =>
            {
                await release.Task;
                await route.ContinueAsync();
            });

            // The same visitor, undecided, comes back while the API is slow to answer.
            await visitor.Page.GotoAsync(page);

            var times = await BannerClock.ReadAsync(visitor.Page);
            output.WriteLine($"returning visitor, /config held: banner visible {times}");
            await Expect(visitor.Banner).ToBeVisibleAsync();
            Assert.Equal([$"/v1/sites/{site}/config"], times.RequestsBeforeBanner);
            await visitor.AssertTrackersInertAsync();
            Assert.InRange(times.AfterWidgetStart, 0, 3000);

            release.SetResult();
            await visitor.SettledAsync();
            await visitor.RejectAll.ClickAsync();

            await Expect(visitor.Banner).ToBeHiddenAsync();
            var receipt = await visitor.Api.ReceiptAsync(await visitor.VisitorTokenAsync(), site);
            Assert.Equal(2, receipt.GetProperty("purposeVersions").GetProperty("analytics").GetInt32());
            Assert.Equal(await TextHashAsync(site), receipt.GetProperty("textHash").GetString());
            await visitor.AssertTrackersInertAsync();
        });
    }

    // What /config serves now for the site's Dutch texts: the same for every visitor.
    private async Task<string?> TextHashAsync(string site)
    {
        using var http = new HttpClient { BaseAddress = session.Server.BaseUrl };
        var config = await http.GetFromJsonAsync<JsonElement>($"/v1/sites/{site}/config?lang=nl");
        return config.GetProperty("textHash").GetString();
    }
}
