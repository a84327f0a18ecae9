namespace ConsentManager.Api.Visitors;

public static class VisitorsRegistration
{
    public static IServiceCollection AddVisitorContext(this IServiceCollection services) =>
        services.AddSingleton<VisitorContextResolver>();
}
