using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ConsentManager.E2E.Infrastructure;
using ConsentManager.Seed;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static ConsentManager.E2E.Infrastructure.AxeChecks;
using static Microsoft.Playwright.Assertions;

namespace ConsentManager.E2E.Dashboard;

/// <summary>
/// Marketing's dashboard in Chromium on data seeded through the real write path: charts and tables render, WCAG 2.2
/// AA by axe, the CSV downloads, and the stats key never shows up in a URL.
/// </summary>
[Collection(JobBoardCollection.Name)]
public sealed class DashboardTests(JobBoardSession session)
{
    [Theory]
    [InlineData(1280, 900)]
    [InlineData(375, 812)]
    public async Task Dashboard_Renders_Seeded_Stats_Accessibly_And_Downloads_Csv(int width, int height)
    {
        var (siteId, key) = await SeedSiteAsync(receipts: 600, days: 45);

        await session.VisitAsync(async visitor =>
        {
            var page = visitor.Page;
            // Request events arrive on Playwright's connection thread, also while the test reads the list.
            var urls = new ConcurrentQueue<string>();
            page.Request += (_, request) => urls.Enqueue(request.Url);

            await SignInAsync(page, siteId, key);

            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Showing");
            await Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new("^Funnel: Impressions") })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Rates by device" }).GetByRole(AriaRole.Rowheader, new() { Name = "mobile" })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Banner variants against bar" })).ToContainTextAsync("95% CI");
            AssertNoViolations(await page.RunAxe(Wcag22AA), "dashboard");
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling of the page");
            await page.ScreenshotAsync(new() { Path = Path.Combine(Repository.Artifacts, $"dashboard-{width}.png"), FullPage = true });

            var csv = await DownloadCsvAsync(page, "country");

            Assert.StartsWith("key,suppressed,impressions,decisions,acceptAll", csv);
            Assert.Contains("\r\nNL,false,", csv);
            Assert.Equal(key, await page.EvaluateAsync<string>("JSON.parse(sessionStorage.getItem('consentmanager.dashboard')).key"));
            Assert.Equal(0, await page.EvaluateAsync<int>("localStorage.length"));
            Assert.DoesNotContain(urls.Append(page.Url), url => url.Contains(key, StringComparison.Ordinal));
        }, new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, AcceptDownloads = true });
    }

    [Fact]
    public Task Dashboard_Is_Usable_By_Keyboard_Alone() => session.VisitAsync(async visitor =>
    {
        var (siteId, key) = await SeedSiteAsync(receipts: 40, days: 5);
        var page = visitor.Page;
        await page.GotoAsync("/dashboard/");

        await page.GetByLabel("Site id").FocusAsync();
        await page.Keyboard.TypeAsync(siteId);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(key);
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Showing");
        // Date inputs hold one tab stop per segment, so the walk starts at the select after them.
        await page.GetByLabel("Rows by").FocusAsync();
        await page.Keyboard.PressAsync("Shift+Tab");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Apply" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Download CSV" })).ToBeFocusedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Forget key" }).PressAsync("Enter");
        await Expect(page.GetByLabel("Site id")).ToBeFocusedAsync();
        Assert.Null(await page.EvaluateAsync<string?>("sessionStorage.getItem('consentmanager.dashboard')"));
    });

    private static async Task SignInAsync(IPage page, string siteId, string key)
    {
        await page.GotoAsync("/dashboard/");
        await page.GetByLabel("Site id").FillAsync(siteId);
        await page.GetByLabel("Stats key").FillAsync(key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Show stats" }).ClickAsync();
    }

    private static async Task<string> DownloadCsvAsync(IPage page, string groupBy)
    {
        await page.GetByLabel("Rows by").SelectOptionAsync(groupBy);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download CSV" }).ClickAsync());
        Assert.EndsWith($"-{groupBy}.csv", download.SuggestedFilename);
        return await File.ReadAllTextAsync(await download.PathAsync());
    }

    // A fresh site with receipts and impressions written by the seeding command's in-process write path, and a
    // stats:read key for it from the admin API.
    private async Task<(string SiteId, string Key)> SeedSiteAsync(int receipts, int days)
    {
        var siteId = $"e2e-stats-{Guid.NewGuid():N}"[..24];
        var clock = new SeedClock();
        var host = await SeedHost.StartAsync(session.Server.RedisConfiguration, clock, counting: true);
        await SeedHost.CreateSiteAsync(host, siteId);
        await new Seeder(host, clock, siteId, impressions: true).RunAsync(receipts, days, parallel: 8, _ => { });
        await SeedHost.StopAsync(host);

        using var admin = new HttpClient { BaseAddress = session.Server.BaseUrl };
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ConsentManagerServer.AdminKey);
        var created = await admin.PostAsJsonAsync($"/v1/sites/{siteId}/keys", new { name = "marketing", scopes = new[] { "stats:read" } });
        created.EnsureSuccessStatusCode();
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        return (siteId, key);
    }
}
