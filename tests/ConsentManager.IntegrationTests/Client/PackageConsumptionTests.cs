using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using ConsentManager.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ConsentManager.IntegrationTests.Client;

/// <summary>
/// The client as embedders get it: packed, restored from a local folder feed (and nothing else) into an empty
/// package folder by a generated project, built and run. A package missing its assembly, docs or README fails here.
/// </summary>
[Collection(LoadCollection.Name)]
public sealed class PackageConsumptionTests : IDisposable
{
    // The client was built with this test project (the API references it): pack that build, do not rebuild it.
#if DEBUG
    private const string BuildConfiguration = "Debug";
#else
    private const string BuildConfiguration = "Release";
#endif

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("consentmanager-package-");

    [Fact]
    public async Task Packed_Client_Restores_From_A_Folder_Feed_And_Answers_Through_The_Api()
    {
        var feed = Path.Combine(_work.FullName, "feed");
        await RunAsync("dotnet", "pack", Path.Combine(RepositoryRoot(), "src/ConsentManager.Client/ConsentManager.Client.csproj"),
            "--no-build", "-c", BuildConfiguration, "-o", feed, "--nologo");
        var package = Assert.Single(Directory.GetFiles(feed, "ConsentManager.Client.*.nupkg"));
        using (var archive = ZipFile.OpenRead(package))
        {
            var entries = archive.Entries.Select(entry => entry.FullName).ToList();
            Assert.Contains("README.md", entries);
            Assert.Contains("lib/net10.0/ConsentManager.Client.dll", entries);
            using var docs = new StreamReader(archive.GetEntry("lib/net10.0/ConsentManager.Client.xml")!.Open());
            Assert.Contains("T:ConsentManager.Client.ConsentClient", await docs.ReadToEndAsync());
        }

        await using var api = await StartDecisionStubAsync();
        var consumer = WriteConsumer(feed);
        var output = await RunAsync("dotnet", "run", "--project", consumer, "--", api.Url);

        Assert.EndsWith("True granted | bad signature rejected", output.Trim());
    }

    private string WriteConsumer(string feed)
    {
        var directory = Directory.CreateDirectory(Path.Combine(_work.FullName, "consumer")).FullName;
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <configuration>
              <packageSources><clear /><add key="local" value="{feed}" /></packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <RestorePackagesPath>{Path.Combine(_work.FullName, "packages")}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup><PackageReference Include="ConsentManager.Client" Version="1.0.0" /></ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), """
            using ConsentManager.Client;
            using Microsoft.Extensions.DependencyInjection;

            var services = new ServiceCollection().AddLogging();
            services.AddConsentClient(options => { options.BaseAddress = new Uri(args[0]); options.ApiKey = "key"; });
            var client = services.BuildServiceProvider().GetRequiredService<ConsentClient>();
            var decision = await client.IsAllowedAsync("site-one", "0123456789abcdef0123456789abcdef", "analytics");
            var verifier = new WebhookVerifier("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
            var gate = new RequireConsentAttribute("retargeting");
            var signed = verifier.Verify("msg_1", DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(), "v1,bad", "{}");
            Console.WriteLine($"{decision.Allowed} {decision.Reason} | bad signature {(signed ? "accepted" : "rejected")}");
            """);
        return directory;
    }

    private static Task<LoopbackServer> StartDecisionStubAsync() => LoopbackServer.StartAsync(app =>
        app.MapGet("/v1/sites/{siteId}/decisions/{visitorId}", (HttpRequest request) =>
            request.Headers.Authorization == "Bearer key" ? Results.Json(new { allowed = true, reason = "granted" }) : Results.Unauthorized()));

    private static async Task<string> RunAsync(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(4));
        var text = new StringBuilder(await output).Append(await errors).ToString();
        Assert.True(process.ExitCode == 0, $"{command} {string.Join(' ', arguments)} failed:\n{text}");
        return await output;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ConsentManager.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ConsentManager.sln not found above the test output.");
    }

    public void Dispose() => _work.Delete(recursive: true);
}
