using System.Diagnostics;
using Spectre.Console;

namespace ConsentManager.Cli;

/// <summary>Starts the site's purge and follows its status until done; the bar is indeterminate (the total is unknown).</summary>
internal sealed class PurgeCommand(IAnsiConsole console, AdminApi api)
{
    public async Task RunAsync(string siteId, bool confirmed, TimeSpan interval, CancellationToken cancellationToken)
    {
        if (!confirmed)
        {
            throw new CliException($"Purging deletes every key of site '{siteId}' irreversibly; add --yes to confirm.");
        }

        var clock = Stopwatch.StartNew();
        PurgeProgress? status = await api.StartPurgeAsync(siteId, cancellationToken);
        var last = status;
        await console.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask($"Purging {siteId}").IsIndeterminate();
            while (status is { Done: false })
            {
                task.Description = $"Purging {siteId}: {status.KeysRemoved} keys removed";
                await Task.Delay(interval, cancellationToken);
                status = await api.GetPurgeAsync(siteId, cancellationToken);
                last = status ?? last;
            }

            task.IsIndeterminate(false).Value = task.MaxValue;
        });

        var seconds = clock.Elapsed.TotalSeconds;
        if (status is null)
        {
            // The purge removed the key we follow it with, which it does as its last step.
            console.WriteLine(
                $"Purged site {siteId}: at least {last.KeysRemoved} keys removed in {seconds:0.0} s; " +
                "the site's keys went last, so the final count needs the bootstrap key.");
            return;
        }

        console.MarkupLineInterpolated($"Purged site {siteId}: {status.KeysRemoved} keys removed in {seconds:0.0} s.");
    }
}
