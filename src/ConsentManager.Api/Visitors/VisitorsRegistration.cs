using Microsoft.Extensions.Options;

namespace ConsentManager.Api.Visitors;

public static class VisitorsRegistration
{
    /// <summary>Who the visitor is (tokens) and what the request says about them (regime, country, features).</summary>
    public static IServiceCollection AddVisitorContext(this IServiceCollection services)
    {
        services.AddOptions<VisitorTokenOptions>().BindConfiguration(VisitorTokenOptions.Section).ValidateOnStart();
        services.AddSingleton<VisitorTokenKeys>();
        services.AddSingleton<IPostConfigureOptions<VisitorTokenOptions>>(provider => provider.GetRequiredService<VisitorTokenKeys>());
        services.AddSingleton<IValidateOptions<VisitorTokenOptions>>(provider => provider.GetRequiredService<VisitorTokenKeys>());
        services.AddSingleton<VisitorTokens>();
        return services.AddSingleton<VisitorContextResolver>();
    }
}
