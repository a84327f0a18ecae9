using ConsentManager.Api.Consents;

namespace ConsentManager.Api.Stats;

public static class StatsRegistration
{
    /// <summary>Receipt and impression counting (a receipt observer) and the stats queries.</summary>
    public static IServiceCollection AddStats(this IServiceCollection services)
    {
        services.AddOptions<StatsOptions>().BindConfiguration(StatsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<RedisStatsStore>();
        services.AddSingleton<IReceiptObserver, ReceiptCounter>();
        services.AddSingleton<ImpressionCounter>();
        services.AddSingleton<StatsService>();
        return services;
    }
}
