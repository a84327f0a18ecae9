namespace ConsentManager.Api.Texts;

public static class TextsRegistration
{
    /// <summary>The banner texts and their content-addressed archive.</summary>
    public static IServiceCollection AddTexts(this IServiceCollection services)
    {
        services.AddSingleton<ITextStore, RedisTextStore>();
        return services.AddSingleton<TextArchive>();
    }
}
