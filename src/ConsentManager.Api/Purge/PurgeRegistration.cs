namespace ConsentManager.Api.Purge;

public static class PurgeRegistration
{
    /// <summary>Background purges of whole sites, resumed at start.</summary>
    public static IServiceCollection AddSitePurge(this IServiceCollection services)
    {
        services.AddSingleton<RedisPurgeStore>();
        services.AddSingleton<PurgeQueue>();
        services.AddSingleton<SitePurger>();
        return services.AddHostedService<PurgeWorker>();
    }
}
