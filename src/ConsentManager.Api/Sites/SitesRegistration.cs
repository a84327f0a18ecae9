namespace ConsentManager.Api.Sites;

public static class SitesRegistration
{
    public static IServiceCollection AddSites(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddMemoryCache();
        services.AddSingleton<ISiteStore, RedisSiteStore>();
        services.AddSingleton<SiteDirectory>();
        if (environment.IsDevelopment())
        {
            services.AddHostedService<DemoSiteSeeder>();
        }

        return services;
    }
}
