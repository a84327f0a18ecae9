using ConsentManager.Api.Consents;

namespace ConsentManager.Api.Exports;

public static class ExportsRegistration
{
    /// <summary>The per-site receipt index (fed by a receipt observer), export and incident windows.</summary>
    public static IServiceCollection AddSiteExport(this IServiceCollection services)
    {
        services.AddSingleton<RedisReceiptIndex>();
        services.AddSingleton<IReceiptObserver, ReceiptIndexObserver>();
        return services.AddSingleton<SiteExporter>();
    }
}
