namespace ConsentManager.Api.SiteConfig;

public static class SiteConfigRegistration
{
    public static IServiceCollection AddSiteConfig(this IServiceCollection services) =>
        services.AddSingleton<SiteConfigService>().AddSingleton<SiteConfigJson>();
}
