using System.Globalization;
using System.Runtime.InteropServices;
using ConsentManager.E2E.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ConsentManager.E2E.Performance;

/// <summary>
/// Banner time-to-visible in Chromium over many loads, first visits and returning (undecided) visitors with a cached
/// config, written to docs/banner-benchmark.md. Run it with
/// <c>BANNER_BENCH=1 dotnet test e2e/ConsentManager.E2E --filter FullyQualifiedName~BannerBenchmark</c>.
/// </summary>
[Collection(JobBoardCollection.Name)]
public sealed class BannerBenchmark(JobBoardSession session, ITestOutputHelper output)
{
    private const int Loads = 20;

    // Not counted: the first load of each kind pays for connections and caches a site's later visitors find warm.
    private const int WarmUpLoads = 1;

    [BenchmarkFact]
    public async Task Banner_Time_To_Visible_First_Visit_And_Cached()
    {
        var page = $"/demo?site={await session.Api.CopyDemoSiteAsync()}";
        var firstVisits = new List<BannerTimes>();
        var browser = "";
        for (var load = 0; load < WarmUpLoads + Loads; load++)
        {
            await session.VisitAsync(async visitor =>
            {
                browser = visitor.Context.Browser!.Version;
                await BannerClock.InstallAsync(visitor.Context);
                firstVisits.Add(await LoadAsync(visitor, page));
            });
        }

        var returning = new List<BannerTimes>();
        await session.VisitAsync(async visitor =>
        {
            await BannerClock.InstallAsync(visitor.Context);
            await LoadAsync(visitor, page);
            for (var load = 0; load < WarmUpLoads + Loads; load++)
            {
                returning.Add(await LoadAsync(visitor, page));
            }
        });

        var report = Report(
            browser, ("first visit (no cache)", firstVisits[WarmUpLoads..]), ("returning visitor, cached config", returning[WarmUpLoads..]));
        output.WriteLine(report);
        await File.WriteAllTextAsync(Path.Combine(Repository.Root, "docs", "banner-benchmark.md"), report);
    }

    // One page load of an undecided visitor; the page settles (config revalidated, beacon sent) before the next.
    private static async Task<BannerTimes> LoadAsync(DemoVisitor visitor, string page)
    {
        await visitor.Page.GotoAsync(page);
        var times = await BannerClock.ReadAsync(visitor.Page);
        await visitor.SettledAsync();
        return times;
    }

    private static string Report(string browser, params (string Case, List<BannerTimes> Loads)[] cases)
    {
        var rows = cases.Select(@case => $"| {@case.Case} | {@case.Loads.Count} | {Row(@case.Loads.Select(l => l.AfterWidgetStart))} | " +
            $"{Row(@case.Loads.Select(l => l.VisibleAt))} | {Row(@case.Loads.Select(l => l.InDomAfterWidgetStart))} | " +
            $"{@case.Loads.Max(l => l.RequestsBeforeBanner.Length)} |");
        return $"""
            # Banner time-to-visible

            Measured by `BANNER_BENCH=1 dotnet test e2e/ConsentManager.E2E --filter FullyQualifiedName~BannerBenchmark`
            on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC: the demo job board (a copy of the demo site) in headless Chromium
            {browser}, 1280×800, against the API as the E2E suite runs it (Debug build, Development, own redis-server, loopback).

            Time-to-visible is the first animation frame in which the banner has a size (performance.now() in
            `requestAnimationFrame`), counted from the widget's start (the moment it asks for `/config`, its first act) and
            from navigation start. A first visit waits for `/config`; a returning undecided visitor's banner is drawn from
            the config cached on the previous load while `/config` is asked again. {WarmUpLoads} warm-up load per case is
            not counted; the page settles (network idle) between loads. "In the DOM" is when the widget had drawn the banner
            (its own work; the rest until the frame is the browser's style, layout and frame timing). The last column counts
            `/v1/` requests the page had made before the banner's frame: a returning visitor's `/config` is on its way, not
            answered.

            | case | loads | visible after widget start p50 / p95 (ms) | visible after navigation start p50 / p95 (ms) | in the DOM after widget start p50 / p95 (ms) | API requests before the banner (most) |
            | --- | --- | --- | --- | --- | --- |
            {string.Join("\n", rows)}

            Machine: {Cpu()}, {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, load average
            {LoadAverage()} at the end of the run. The cores are shared with other work, so the spread says as much as the medians.

            """;
    }

    private static string Row(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return $"{Percentile(sorted, 0.50)} / {Percentile(sorted, 0.95)}";
    }

    // Nearest rank: the smallest value with at least `p` of the loads at or below it.
    private static string Percentile(double[] sorted, double p) =>
        sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)].ToString("F1", CultureInfo.InvariantCulture);

    private static string Cpu() =>
        File.ReadLines("/proc/cpuinfo")
            .FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
        ?? RuntimeInformation.ProcessArchitecture.ToString();

    private static string LoadAverage() => string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ')[..3]);
}
