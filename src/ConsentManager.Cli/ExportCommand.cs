using System.Diagnostics;
using System.Text.Json;
using Spectre.Console;

namespace ConsentManager.Cli;

/// <summary>Copies the export stream line by line to a file, counting receipts against the total the first line announces.</summary>
internal sealed class ExportCommand(IAnsiConsole console, AdminApi api)
{
    public async Task RunAsync(string siteId, FileInfo? output, CancellationToken cancellationToken)
    {
        var path = output?.FullName ?? Path.GetFullPath($"{siteId}.ndjson");
        var clock = Stopwatch.StartNew();
        await using var source = await api.OpenExportAsync(siteId, cancellationToken);
        using var reader = new StreamReader(source);
        await using var writer = new StreamWriter(path, append: false);
        var (receipts, versions) = (0L, 0);

        await console.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask($"Exporting {siteId}", maxValue: 1);
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                await writer.WriteLineAsync(line.AsMemory(), cancellationToken);
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                switch (root.GetProperty("type").GetString())
                {
                    case "site":
                        task.MaxValue = Math.Max(1, root.GetProperty("receiptCount").GetInt64());
                        break;
                    case "siteVersion":
                        versions++;
                        break;
                    case "receipt":
                        receipts++;
                        task.Increment(1);
                        break;
                }
            }

            task.Value = task.MaxValue;
        });

        console.MarkupLineInterpolated(
            $"Exported {receipts} receipts and {versions} site versions of {siteId} to {path} in {clock.Elapsed.TotalSeconds:0.0} s.");
    }
}
