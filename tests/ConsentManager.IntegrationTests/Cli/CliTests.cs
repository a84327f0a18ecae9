using System.Text.Json;
using ConsentManager.Cli;
using ConsentManager.IntegrationTests.Infrastructure;
using Spectre.Console;

namespace ConsentManager.IntegrationTests.Cli;

/// <summary>The CLI against the API (in-process server, real HTTP pipeline): export and purge, progress and summary.</summary>
[Collection(ApiCollection.Name)]
public sealed class CliTests(ConsentApiApplication app) : IDisposable
{
    private readonly ApiScenario _api = new(app);
    private readonly StringWriter _output = new();
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("consentmanager-cli-");

    [Fact]
    public async Task Export_Writes_The_Site_To_A_File_And_Prints_A_Summary()
    {
        var siteId = await _api.CreateSiteAsync();
        for (var i = 0; i < 20; i++)
        {
            await _api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes);
        }

        var file = Path.Combine(_directory.FullName, "export.ndjson");

        var exit = await RunAsync("export", "--api", "http://localhost/", "--site", siteId, "--key", ConsentApiApplication.AdminKey, "--out", file);

        Assert.True(exit == 0, Output());
        var types = (await File.ReadAllLinesAsync(file)).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("type").GetString()).ToList();
        Assert.Equal(["site", "siteVersion", .. Enumerable.Repeat("receipt", 20)], types);
        Assert.Contains($"Exported 20 receipts and 1 site versions of {siteId} to {file}", Output());
    }

    [Fact]
    public async Task Purge_Follows_The_Job_To_The_End_And_Prints_Keys_Removed()
    {
        var siteId = await _api.CreateSiteAsync();
        await _api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes);

        var exit = await RunAsync("purge", "--api", "http://localhost/", "--site", siteId, "--key", ConsentApiApplication.AdminKey,
            "--yes", "--poll-interval", "00:00:00.050");

        Assert.True(exit == 0, Output());
        Assert.Matches($"Purged site {siteId}: [0-9]+ keys removed in", Output());
        Assert.DoesNotContain((await app.Redis.SnapshotAsync()).Keys, key => key.Contains(siteId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Purge_Without_Confirmation_Changes_Nothing_And_Exits_1()
    {
        var siteId = await _api.CreateSiteAsync();

        var exit = await RunAsync("purge", "--api", "http://localhost/", "--site", siteId, "--key", ConsentApiApplication.AdminKey);

        Assert.True(exit == 1, Output());
        Assert.Contains("add --yes", Output());
        Assert.Equal(System.Net.HttpStatusCode.OK, (await _api.Admin().GetAsync($"/v1/sites/{siteId}")).StatusCode);
    }

    [Fact]
    public async Task Refused_Key_Is_Reported_With_The_Problem_Detail_And_Exits_1()
    {
        var siteId = await _api.CreateSiteAsync();

        var exit = await RunAsync("export", "--api", "http://localhost/", "--site", siteId, "--key", "cmk_aaaaaaaaaaaaaaaa_wrong",
            "--out", Path.Combine(_directory.FullName, "refused.ndjson"));

        Assert.True(exit == 1, Output());
        Assert.Contains("401 Unauthorized: The API key is not valid", Output());
    }

    public void Dispose() => _directory.Delete(recursive: true);

    private Task<int> RunAsync(params string[] args)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(_output),
        });
        return new CliApp(console, app.Server.CreateHandler()).RunAsync(args);
    }

    // Spectre wraps long lines at the console width; the summary is checked as one line.
    private string Output() => _output.ToString().Replace(Environment.NewLine, "", StringComparison.Ordinal);
}
