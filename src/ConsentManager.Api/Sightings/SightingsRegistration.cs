namespace ConsentManager.Api.Sightings;

public static class SightingsRegistration
{
    /// <summary>Where visitors were last seen, for decisions without an answer.</summary>
    public static IServiceCollection AddSightings(this IServiceCollection services)
    {
        services.AddOptions<SightingOptions>().BindConfiguration(SightingOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ISightingStore, RedisSightingStore>();
        return services.AddSingleton<SightingService>();
    }
}
