namespace ConsentManager.Api.Decisions;

public static class DecisionsRegistration
{
    /// <summary>The processor's decisions, answered from a local cache that every change empties at once.</summary>
    public static IServiceCollection AddDecisions(this IServiceCollection services)
    {
        services.AddOptions<DecisionCacheOptions>().BindConfiguration(DecisionCacheOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AnswerCache>().AddSingleton<BatchDecisionJson>();
        return services.AddSingleton<DecisionService>();
    }
}
