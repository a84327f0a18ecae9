using System.Net;
using ConsentManager.Api.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ConsentManager.IntegrationTests.Storage;

/// <summary>How the API finds its Redis: configured, embedded in Development, or refusing to start.</summary>
public sealed class StartupConfigurationTests
{
    [Fact]
    public async Task Development_Without_Redis_Configuration_Starts_And_Stops_Its_Own_Redis()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("consentmanager-embedded-");
        EmbeddedRedisServer? embedded;
        await using (var app = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
                         // Development is the environment that embeds Redis; its data goes to a temp dir, not the repo.
                         .UseEnvironment("Development")
                         .UseSetting("Redis:EmbeddedDataDirectory", dataDirectory.FullName)))
        {
            var client = app.CreateClient();
            var ready = await client.GetAsync("/readyz");
            var demo = await client.GetAsync("/v1/sites/demo-jobboard/config");
            embedded = app.Services.GetRequiredService<RedisConnection>().EmbeddedServer;

            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            Assert.Equal(HttpStatusCode.OK, demo.StatusCode);
            Assert.NotNull(embedded);
            Assert.False(embedded.HasExited);
            Assert.True(Directory.Exists(Path.Combine(dataDirectory.FullName, "appendonlydir")), "AOF is on");
        }

        Assert.True(embedded.HasExited, "the embedded redis-server stops with the app");
        dataDirectory.Delete(recursive: true);
    }

    [Fact]
    public void Production_Without_Redis_Configuration_Fails_At_Start_Naming_The_Setting()
    {
        using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
            .UseEnvironment("Production")
            // Only Redis is missing, so the failure can be about nothing else.
            .UseSetting("ConsentManager:AdminKey", "a-production-admin-key-0123456789"));

        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("Redis__Configuration", error.Message);
    }

    [Fact]
    public async Task Missing_Redis_Server_Binary_Fails_With_Install_Instructions()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("consentmanager-missing-");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            EmbeddedRedisServer.StartAsync(dataDirectory.FullName, "redis-server-that-is-not-installed"));

        Assert.Contains("apt-get install -y redis-server", error.Message);
        dataDirectory.Delete(recursive: true);
    }
}
