using ConsentManager.Api.Consents;
using ConsentManager.Api.Security;
using ConsentManager.Api.Sites;
using Microsoft.Extensions.Options;

namespace ConsentManager.Api.Storage;

public static class StorageRegistration
{
    /// <summary>Redis connection (embedded redis-server in Development when unconfigured) and the stores on it.</summary>
    public static IServiceCollection AddConsentStorage(this IServiceCollection services)
    {
        services.AddOptions<RedisOptions>().BindConfiguration(RedisOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RedisOptions>, RedisOptionsValidator>();
        services.AddSingleton<RedisConnection>();
        services.AddHostedService<RedisLifetime>();

        services.AddSingleton<ISiteStore, RedisSiteStore>();
        services.AddSingleton<IApiKeyStore, RedisApiKeyStore>();
        services.AddSingleton<IConsentStore, RedisConsentStore>();
        return services;
    }
}
