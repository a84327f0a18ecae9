namespace ConsentManager.Api.Consents;

public static class ConsentsRegistration
{
    public static IServiceCollection AddConsents(this IServiceCollection services)
    {
        services.AddOptions<ConsentOptions>().BindConfiguration(ConsentOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ConsentRecorder>();
        return services;
    }
}
