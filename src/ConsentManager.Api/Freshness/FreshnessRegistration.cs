using ConsentManager.Api.Consents;

namespace ConsentManager.Api.Freshness;

public static class FreshnessRegistration
{
    /// <summary>The visitor change signal between instances, fed by every stored receipt.</summary>
    public static IServiceCollection AddFreshness(this IServiceCollection services)
    {
        services.AddSingleton<VisitorChangeSignal>();
        services.AddHostedService(provider => provider.GetRequiredService<VisitorChangeSignal>());
        services.AddSingleton<IReceiptObserver, VisitorChangePublisher>();
        return services;
    }
}
