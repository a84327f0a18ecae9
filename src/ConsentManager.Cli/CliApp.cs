using System.CommandLine;
using Spectre.Console;

namespace ConsentManager.Cli;

/// <summary>
/// <c>consentmanager export|purge --api URL --site ID [--key KEY]</c>: the end-of-contract jobs against a running
/// API, with a progress bar and one summary line. The key defaults to <c>CONSENTMANAGER_API_KEY</c>, so it need not
/// appear in the shell's history. Exit code 0 on success, 1 when the API refused or failed.
/// </summary>
internal sealed class CliApp(IAnsiConsole console, HttpMessageHandler handler)
{
    public const string KeyVariable = "CONSENTMANAGER_API_KEY";

    private readonly Option<string> _api = new("--api") { Description = "Base URL of the ConsentManager API", Required = true };
    private readonly Option<string> _site = new("--site") { Description = "Site id", Required = true };
    private readonly Option<string?> _key = new("--key")
    {
        Description = $"Admin API key (default: ${KeyVariable})",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(KeyVariable),
    };

    public async Task<int> RunAsync(string[] args) => await BuildRoot().Parse(args).InvokeAsync();

    private RootCommand BuildRoot()
    {
        var output = new Option<FileInfo>("--out") { Description = "File to write (NDJSON); default <site>.ndjson" };
        var export = new Command("export", "Stream every receipt of a site, its definition and history, to an NDJSON file")
        {
            _api, _site, _key, output,
        };
        export.SetAction((parse, cancellation) => RunAsync(parse, api =>
            new ExportCommand(console, api).RunAsync(parse.GetValue(_site)!, parse.GetValue(output), cancellation)));

        var yes = new Option<bool>("--yes") { Description = "Confirm: deletes every key of the site, irreversibly" };
        var interval = new Option<TimeSpan>("--poll-interval")
        {
            Description = "How often to ask for progress",
            DefaultValueFactory = _ => TimeSpan.FromSeconds(1),
        };
        var purge = new Command("purge", "Delete every key of a site (a background job on the API) and follow it to the end")
        {
            _api, _site, _key, yes, interval,
        };
        purge.SetAction((parse, cancellation) => RunAsync(parse, api =>
            new PurgeCommand(console, api)
                .RunAsync(parse.GetValue(_site)!, parse.GetValue(yes), parse.GetValue(interval), cancellation)));

        return new RootCommand("ConsentManager administration: export and purge a site at the end of a contract") { export, purge };
    }

    private async Task<int> RunAsync(ParseResult parse, Func<AdminApi, Task> command)
    {
        var key = parse.GetValue(_key);
        if (string.IsNullOrWhiteSpace(key))
        {
            console.MarkupLine($"[red]No API key:[/] pass --key or set {KeyVariable}.");
            return 1;
        }

        if (!Uri.TryCreate(parse.GetValue(_api), UriKind.Absolute, out var baseAddress) || baseAddress.Scheme is not ("http" or "https"))
        {
            console.MarkupLineInterpolated($"[red]--api '{parse.GetValue(_api)}' is not an http(s) URL.[/]");
            return 1;
        }

        try
        {
            using var api = new AdminApi(handler, baseAddress, key);
            await command(api);
            return 0;
        }
        catch (CliException exception)
        {
            console.MarkupLineInterpolated($"[red]Failed:[/] {exception.Message}");
            return 1;
        }
    }
}
