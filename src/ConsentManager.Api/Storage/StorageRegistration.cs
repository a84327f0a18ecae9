using Microsoft.Extensions.Options;

namespace ConsentManager.Api.Storage;

public static class StorageRegistration
{
    /// <summary>
    /// The Redis connection (embedded redis-server in Development when unconfigured). Each feature registers its own
    /// store on it, so Storage never depends on a feature.
    /// </summary>
    public static IServiceCollection AddConsentStorage(this IServiceCollection services)
    {
        services.AddOptions<RedisOptions>().BindConfiguration(RedisOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RedisOptions>, RedisOptionsValidator>();
        services.AddSingleton<RedisConnection>();
        services.AddHostedService<RedisLifetime>();
        return services;
    }
}
