using ConsentManager.Api.Security;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace ConsentManager.Api.Hosting;

/// <summary>
/// Tells whoever started the API where it is. A generated Development admin key is written to the console only,
/// never to the logs, since it grants admin on every site.
/// </summary>
internal sealed class StartupBanner(IServer server, IHostApplicationLifetime lifetime, IOptions<SecurityOptions> security, IHostEnvironment environment)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Print);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Print()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            Console.WriteLine($"ConsentManager API:  {address}");
            Console.WriteLine($"  OpenAPI document:  {address}/openapi/v1.json");
            if (environment.IsDevelopment())
            {
                Console.WriteLine($"  Demo job board:    {address}/demo");
            }
        }

        if (security.Value.AdminKeyGenerated)
        {
            Console.WriteLine($"Development admin key (scope admin on every site): {security.Value.AdminKey}");
        }
    }
}

public static class StartupBannerRegistration
{
    public static IServiceCollection AddStartupBanner(this IServiceCollection services) => services.AddHostedService<StartupBanner>();
}
