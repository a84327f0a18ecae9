using ConsentManager.Client;
using ConsentManager.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ConsentManager.IntegrationTests.Demo;

/// <summary>The API in Development, where the demo job board and its server-side processor exist.</summary>
public sealed class DemoApplication : ConsentApiApplication
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // The demo is mapped in Development only.
        builder.UseEnvironment("Development");
        // The demo's consent client calls this in-process API instead of the run command's port.
        builder.ConfigureServices(services =>
            services.AddHttpClient(nameof(ConsentClient)).ConfigurePrimaryHttpMessageHandler(() => Server.CreateHandler()));
    }
}
