using ConsentManager.Api.Secrets;

namespace ConsentManager.Api.Visitors;

public static class VisitorsRegistration
{
    /// <summary>Who the visitor is (tokens) and what the request says about them (regime, country, features).</summary>
    public static IServiceCollection AddVisitorContext(this IServiceCollection services)
    {
        services.AddKeyListOptions<VisitorTokenOptions>(
            VisitorTokenOptions.Section, "VisitorTokens:Keys", "visitor-token-key", options => options.Keys);
        services.AddSingleton<VisitorTokens>();
        return services.AddSingleton<VisitorContextResolver>();
    }
}
