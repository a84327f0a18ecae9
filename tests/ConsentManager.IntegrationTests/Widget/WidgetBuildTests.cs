using System.Net;
using System.Text;
using ConsentManager.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace ConsentManager.IntegrationTests.Widget;

/// <summary>Where the build comes from: a missing build, a rebuild while running, a bad setting.</summary>
[Collection(ApiCollection.Name)]
public sealed class WidgetBuildTests(ConsentApiApplication app) : IDisposable
{
    private readonly DirectoryInfo _dist = Directory.CreateTempSubdirectory("consentmanager-widget-dist-");

    [Fact]
    public async Task Missing_Build_Answers_503_Problem_While_The_Api_Keeps_Working()
    {
        using var client = WithDist(Path.Combine(_dist.FullName, "never-built")).CreateClient();

        var script = await ApiScenario.AssertProblemAsync(await client.GetAsync("/widget/v1/consent.js"), HttpStatusCode.ServiceUnavailable);
        var manifest = await ApiScenario.AssertProblemAsync(await client.GetAsync("/widget/v1/manifest.json"), HttpStatusCode.ServiceUnavailable);
        var ready = await client.GetAsync("/readyz");

        Assert.Equal("Widget not built", script.GetProperty("title").GetString());
        Assert.Contains("npm run build --workspace web-widget", script.GetProperty("detail").GetString());
        Assert.Equal("Widget not built", manifest.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task Rebuilt_Widget_Is_Served_Without_A_Restart()
    {
        WriteBuild("consent-first111.js", "console.log('first');", DateTime.UtcNow.AddMinutes(-1));
        using var client = WithDist(_dist.FullName).CreateClient();
        var first = await client.GetAsync("/widget/v1/consent.js");

        WriteBuild("consent-second22.js", "console.log('second');", DateTime.UtcNow);
        // The manifest is looked at once a second, so the new build is served within about a second.
        var (second, secondScript) = await Poll.UntilAsync(async () =>
        {
            var response = await client.GetAsync("/widget/v1/consent.js");
            return (response, await response.Content.ReadAsStringAsync());
        }, served => served.Item2 != "console.log('first');", TimeSpan.FromSeconds(5));
        var manifest = await ApiScenario.ReadJsonAsync(await client.GetAsync("/widget/v1/manifest.json"));

        Assert.Equal("console.log('first');", await first.Content.ReadAsStringAsync());
        Assert.Equal("console.log('second');", secondScript);
        Assert.NotEqual(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal("/widget/v1/consent-second22.js", manifest.GetProperty("src").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/widget/v1/consent-first111.js")).StatusCode);
    }

    [Theory]
    [InlineData("""{"src/index.ts":{"file":"consent-a.js"},"src/other.ts":{"file":"other.js"}}""")]
    [InlineData("""{"src/index.ts":{"file":"nested/consent-a.js","isEntry":true}}""")]
    [InlineData("""{"src/index.ts":{"file":"consent-a.css","isEntry":true}}""")]
    [InlineData("""not json""")]
    public async Task Unusable_Manifest_Answers_503_Problem(string manifest)
    {
        Directory.CreateDirectory(Path.Combine(_dist.FullName, ".vite"));
        await File.WriteAllTextAsync(Path.Combine(_dist.FullName, ".vite", "manifest.json"), manifest);
        using var client = WithDist(_dist.FullName).CreateClient();

        var problem = await ApiScenario.AssertProblemAsync(await client.GetAsync("/widget/v1/consent.js"), HttpStatusCode.ServiceUnavailable);

        Assert.Equal("Widget not built", problem.GetProperty("title").GetString());
    }

    [Fact]
    public void Empty_Dist_Directory_Setting_Stops_The_Api_At_Start_Naming_The_Setting()
    {
        using var factory = WithDist("");

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Widget:DistDirectory", error.Message);
    }

    public void Dispose() => _dist.Delete(recursive: true);

    private WebApplicationFactory<Program> WithDist(string distDirectory) =>
        app.WithWebHostBuilder(builder => builder.UseSetting("Widget:DistDirectory", distDirectory));

    // What Vite leaves behind: the entry file, then the manifest naming it. The manifest's time is set explicitly,
    // because two writes within one file-system tick would otherwise look like no change.
    private void WriteBuild(string fileName, string script, DateTime manifestWrittenAt)
    {
        File.WriteAllText(Path.Combine(_dist.FullName, fileName), script, new UTF8Encoding(false));
        var manifest = Path.Combine(Directory.CreateDirectory(Path.Combine(_dist.FullName, ".vite")).FullName, "manifest.json");
        File.WriteAllText(manifest, $$$"""{"src/index.ts":{"file":"{{{fileName}}}","name":"index","src":"src/index.ts","isEntry":true}}""");
        File.SetLastWriteTimeUtc(manifest, manifestWrittenAt);
    }
}
