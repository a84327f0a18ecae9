using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConsentManager.Client;

/// <summary>Registration of the consent client, its cache, the gate's visitor accessor and the webhook verifier.</summary>
public static class ConsentClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ConsentClient"/> (typed HttpClient) with options bound from the <c>ConsentClient</c>
    /// configuration section and then <paramref name="configure"/>; invalid options fail at start.
    /// </summary>
    public static IHttpClientBuilder AddConsentClient(this IServiceCollection services, Action<ConsentClientOptions>? configure = null)
    {
        services.AddOptions<ConsentClientOptions>()
            // Bound when there is configuration: a console tool with a bare ServiceCollection has none.
            .Configure<IServiceProvider>((options, provider) => provider.GetService<IConfiguration>()?.GetSection(ConsentClientOptions.Section).Bind(options))
            .Configure(options => configure?.Invoke(options))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DecisionCache>();
        services.TryAddSingleton<IVisitorAccessor, ConsentCookieVisitorAccessor>();
        services.TryAddSingleton(provider => new WebhookVerifier(
            provider.GetRequiredService<IOptions<ConsentClientOptions>>().Value.WebhookSecret
                ?? throw new InvalidOperationException("ConsentClient:WebhookSecret is required to receive webhooks."),
            provider.GetRequiredService<TimeProvider>()));
        return services.AddHttpClient(nameof(ConsentClient))
            .ConfigureHttpClient((provider, http) =>
            {
                var options = provider.GetRequiredService<IOptions<ConsentClientOptions>>().Value;
                http.BaseAddress = options.BaseAddress;
                http.Timeout = options.Timeout;
                http.DefaultRequestHeaders.Authorization = new("Bearer", options.ApiKey);
            })
            .AddTypedClient((http, provider) => new ConsentClient(
                http, provider.GetRequiredService<DecisionCache>(), provider.GetRequiredService<ILogger<ConsentClient>>()));
    }

    /// <summary>Gates a minimal-API endpoint or group: 204 without running the handler unless the visitor allows <paramref name="purpose"/>.</summary>
    public static TBuilder RequireConsent<TBuilder>(this TBuilder builder, string purpose, string? siteId = null)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(new RequireConsentEndpointFilter(purpose, siteId));
}
