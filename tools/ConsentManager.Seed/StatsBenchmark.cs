using System.Diagnostics;
using ConsentManager.Api.Stats;
using ConsentManager.Api.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spectre.Console;
using StackExchange.Redis;

namespace ConsentManager.Seed;

/// <summary>
/// The stats benchmark (a command, not a test): seed N receipts over D days into a fresh redis-server, then time
/// the stats queries as the API runs them (StatsService, server side, no HTTP), measure the aggregates' memory, and
/// compare the write path's throughput with and without the counting observer in the same run.
/// </summary>
internal static class StatsBenchmark
{
    private const int Samples = 40;
    private const int Rounds = 2;

    public static async Task RunAsync(SeedArguments arguments)
    {
        var directory = Directory.CreateTempSubdirectory("consentmanager-bench-");
        await using var server = arguments.Redis is null ? await EmbeddedRedisServer.StartAsync(directory.FullName) : null;
        var redis = arguments.Redis ?? server!.Configuration;
        var seeded = await SeedCommand.SeedAsync(redis, arguments.SiteId, arguments.Receipts, arguments.Days, arguments.Parallel);

        var clock = new SeedClock();
        var host = await SeedHost.StartAsync(redis, clock, counting: true);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var range = new StatsRange(today.AddDays(-364), today);
        var stats = host.Services.GetRequiredService<StatsService>();
        var byDay = await TimeAsync(() => stats.GetAsync(arguments.SiteId, range, StatsGroup.Day));
        var byCountry = await TimeAsync(() => stats.GetAsync(arguments.SiteId, range, StatsGroup.Country));
        var (hashes, counted, keys) = await AggregateMemoryAsync(redis, arguments.SiteId);

        // Alternating rounds, so a burst of load on the machine hits both sides alike.
        var writes = Math.Min(arguments.Receipts, 50_000);
        double without = 0, with = 0;
        for (var round = 0; round < Rounds; round++)
        {
            without += await ThroughputAsync(redis, $"bench-uncounted-{round}", writes / Rounds, arguments.Parallel, counting: false) / Rounds;
            with += await ThroughputAsync(redis, $"bench-counted-{round}", writes / Rounds, arguments.Parallel, counting: true) / Rounds;
        }

        var table = new Table().AddColumns("measure", "result");
        table.AddRow("seeded", $"{arguments.Receipts:N0} receipts over {arguments.Days} days, {seeded:N0} receipts/s (with impressions)");
        table.AddRow("GET /stats 365 days by day", $"p50 {byDay.P50:N1} ms, p95 {byDay.P95:N1} ms ({Samples} runs)");
        table.AddRow("GET /stats 365 days by country", $"p50 {byCountry.P50:N1} ms, p95 {byCountry.P95:N1} ms ({Samples} runs)");
        table.AddRow("aggregate hashes", $"{hashes / 1024.0 / 1024:N1} MiB in {keys:N0} keys");
        table.AddRow("counted receipt ids", $"{counted / 1024.0 / 1024:N1} MiB, {(double)counted / arguments.Receipts:N0} bytes per receipt");
        table.AddRow("write path without counting", $"{without:N0} receipts/s ({writes:N0} receipts)");
        table.AddRow("write path with counting", $"{with:N0} receipts/s ({writes:N0} receipts, {100 * (1 - with / without):N0}% slower)");
        AnsiConsole.Write(table);
        await SeedHost.StopAsync(host);
    }

    private static async Task<(double P50, double P95)> TimeAsync(Func<Task> query)
    {
        await query();
        var samples = new List<double>();
        for (var i = 0; i < Samples; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            await query();
            samples.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        samples.Sort();
        return (samples[samples.Count / 2], samples[(int)Math.Ceiling(samples.Count * 0.95) - 1]);
    }

    private static async Task<(long Hashes, long Counted, int Keys)> AggregateMemoryAsync(string redis, string siteId)
    {
        using var connection = await ConnectionMultiplexer.ConnectAsync(redis + ",allowAdmin=true");
        var database = connection.GetDatabase();
        var server = connection.GetServer(connection.GetEndPoints()[0]);
        long hashes = 0, counted = 0;
        var keys = 0;
        foreach (var key in server.Keys(pattern: $"cm:st:{{{siteId}}}:*", pageSize: 1000))
        {
            var bytes = (long)await database.ExecuteAsync("MEMORY", "USAGE", key, "SAMPLES", "0");
            if (((string)key!).EndsWith(":counted", StringComparison.Ordinal)) counted += bytes;
            else (hashes, keys) = (hashes + bytes, keys + 1);
        }

        return (hashes, counted, keys);
    }

    private static async Task<double> ThroughputAsync(string redis, string siteId, int receipts, int parallel, bool counting)
    {
        var clock = new SeedClock();
        var host = await SeedHost.StartAsync(redis, clock, counting);
        await SeedHost.CreateSiteAsync(host, siteId);
        var elapsed = await new Seeder(host, clock, siteId, impressions: false).RunAsync(receipts, 1, parallel, _ => { });
        await SeedHost.StopAsync(host);
        return receipts / elapsed.TotalSeconds;
    }
}
