using Microsoft.Extensions.Options;

namespace ConsentManager.Api.Secrets;

public static class SecretsRegistration
{
    /// <summary>Binds <typeparamref name="TOptions"/> and requires its key list (see <see cref="RequiredKeys{TOptions}"/>).</summary>
    public static IServiceCollection AddKeyListOptions<TOptions>(
        this IServiceCollection services, string section, string setting, string secretName, Func<TOptions, List<string>> keys)
        where TOptions : class
    {
        services.AddOptions<TOptions>().BindConfiguration(section).ValidateOnStart();
        services.AddSingleton(provider =>
            new RequiredKeys<TOptions>(provider.GetRequiredService<IHostEnvironment>(), setting, secretName, keys));
        services.AddSingleton<IPostConfigureOptions<TOptions>>(
            provider => provider.GetRequiredService<RequiredKeys<TOptions>>());
        return services.AddSingleton<IValidateOptions<TOptions>>(
            provider => provider.GetRequiredService<RequiredKeys<TOptions>>());
    }
}
