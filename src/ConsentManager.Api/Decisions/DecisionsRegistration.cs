namespace ConsentManager.Api.Decisions;

public static class DecisionsRegistration
{
    public static IServiceCollection AddDecisions(this IServiceCollection services) => services.AddSingleton<DecisionService>();
}
