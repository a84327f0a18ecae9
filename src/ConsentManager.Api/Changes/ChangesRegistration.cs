using ConsentManager.Api.Consents;

namespace ConsentManager.Api.Changes;

public static class ChangesRegistration
{
    /// <summary>The per-site change feed, fed by every stored receipt.</summary>
    public static IServiceCollection AddChangeFeed(this IServiceCollection services)
    {
        services.AddSingleton<IChangeFeed, RedisChangeFeed>();
        services.AddSingleton<IReceiptObserver, ReceiptChangePublisher>();
        return services;
    }
}
