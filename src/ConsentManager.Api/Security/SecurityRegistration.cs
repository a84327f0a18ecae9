using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace ConsentManager.Api.Security;

public static class SecurityRegistration
{
    /// <summary>API-key authentication and one authorization policy per scope, named after the scope.</summary>
    public static IServiceCollection AddApiKeySecurity(this IServiceCollection services)
    {
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IPostConfigureOptions<SecurityOptions>, DevelopmentAdminKey>();
        services.AddSingleton<IApiKeyStore, RedisApiKeyStore>();
        services.AddSingleton<ApiKeyUsage>();
        services.AddSingleton<ApiKeyService>();
        services.AddSingleton<VerifiedKeyCache>();
        services.AddSingleton<KeyRevocationListener>();
        services.AddHostedService(provider => provider.GetRequiredService<KeyRevocationListener>());

        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddSingleton<IAuthorizationHandler, ScopeAuthorizationHandler>();
        var authorization = services.AddAuthorizationBuilder();
        foreach (var scope in Scopes.All)
        {
            authorization.AddPolicy(scope, policy => policy.RequireAuthenticatedUser().AddRequirements(new ScopeRequirement(scope)));
        }

        return services;
    }
}
