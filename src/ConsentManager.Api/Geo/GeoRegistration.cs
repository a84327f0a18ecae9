using ConsentManager.GeoIp;
using Microsoft.Extensions.Options;

namespace ConsentManager.Api.Geo;

public static class GeoRegistration
{
    /// <summary>The country lookup behind the regimes: one memory-mapped database, reopened when the file is replaced.</summary>
    public static IServiceCollection AddGeoLocation(this IServiceCollection services)
    {
        services.AddOptions<GeoOptions>().BindConfiguration(GeoOptions.Section).ValidateOnStart();
        services.AddSingleton<IGeoLocator>(provider => Open(provider));
        services.AddHostedService<GeoDatabaseStartup>();
        return services;
    }

    private static MaxMindGeoLocator Open(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<GeoOptions>>().Value;
        var logger = provider.GetRequiredService<ILogger<MaxMindGeoLocator>>();
        var path = options.DatabasePath ?? DefaultGeoDatabase.Find(provider.GetRequiredService<IHostEnvironment>().ContentRootPath);
        var locator = new MaxMindGeoLocator(path, new MaxMindGeoLocatorOptions { ChangeCheckInterval = options.ChangeCheckInterval });
        locator.Reloaded += database => logger.LogInformation("Reopened geo database {Path} ({Type}, built {BuildTime})", database.Path, database.DatabaseType, database.BuildTime);
        locator.ReloadFailed += error => logger.LogError(error, "Replacement geo database {Path} is unusable; still serving the previous one", error.DatabasePath);
        logger.LogInformation("Geo database {Path} ({Type}, built {BuildTime})", path, locator.Database.DatabaseType, locator.Database.BuildTime);
        return locator;
    }

    /// <summary>Opens the database before the server takes requests, so a missing or corrupt file stops the start.</summary>
    private sealed class GeoDatabaseStartup(IServiceProvider provider) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            provider.GetRequiredService<IGeoLocator>();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
