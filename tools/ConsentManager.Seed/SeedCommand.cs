using ConsentManager.Api.Sites;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ConsentManager.Seed;

/// <summary>Entry point of <c>dotnet run --project tools/ConsentManager.Seed -- seed|bench …</c>.</summary>
internal static class SeedCommand
{
    public static async Task<int> Main(string[] args)
    {
        SeedArguments arguments;
        try
        {
            arguments = SeedArguments.Parse(args);
        }
        catch (ArgumentException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            return 2;
        }

        if (arguments.Command == "bench")
        {
            await StatsBenchmark.RunAsync(arguments);
            return 0;
        }

        if (arguments.Redis is null)
        {
            await Console.Error.WriteLineAsync("Name the Redis to seed: --redis 127.0.0.1:PORT (scripts/run.sh logs the embedded server's port).");
            return 2;
        }

        await SeedAsync(arguments.Redis, arguments.SiteId, arguments.Receipts, arguments.Days, arguments.Parallel);
        return 0;
    }

    /// <summary>Seeds receipts and impressions with a progress bar; returns the receipts written per second.</summary>
    public static async Task<double> SeedAsync(string redis, string siteId, int receipts, int days, int parallel)
    {
        var clock = new SeedClock();
        var host = await SeedHost.StartAsync(redis, clock, counting: true);
        // An existing site (the demo's) keeps its definition; only a new one gets the seed site's.
        if (await host.Services.GetRequiredService<SiteDirectory>().FindAsync(siteId) is null)
        {
            await SeedHost.CreateSiteAsync(host, siteId);
        }

        var elapsed = TimeSpan.Zero;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask($"{receipts:N0} receipts over {days} days on {siteId}", maxValue: receipts);
                elapsed = await new Seeder(host, clock, siteId, impressions: true).RunAsync(receipts, days, parallel, done => task.Increment(done));
            });
        await SeedHost.StopAsync(host);
        var rate = receipts / elapsed.TotalSeconds;
        AnsiConsole.MarkupLine(
            $"Wrote [bold]{receipts:N0}[/] receipts over {days} days in {elapsed.TotalSeconds:N1} s: [bold]{rate:N0} receipts/s[/] ({parallel} workers)");
        return rate;
    }
}
