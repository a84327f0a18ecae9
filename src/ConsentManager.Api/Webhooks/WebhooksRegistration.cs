namespace ConsentManager.Api.Webhooks;

public static class WebhooksRegistration
{
    /// <summary>Webhook administration and the background delivery of the site change feeds.</summary>
    public static IServiceCollection AddWebhooks(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddOptions<WebhookOptions>()
            // Before binding, so configuration can still say otherwise: plain http is a Development convenience.
            .Configure(options => options.AllowHttp = environment.IsDevelopment())
            .BindConfiguration(WebhookOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IWebhookStore, RedisWebhookStore>();
        services.AddSingleton<IWebhookSigner, StandardWebhookSigner>();
        services.AddSingleton<WebhookService>();
        services.AddSingleton<RedisDeliveryQueue>();
        services.AddSingleton<WebhookSender>();
        services.AddHttpClient(WebhookSender.ClientName)
            // A receiver answers for itself: no redirects to elsewhere, and a bounded wait per attempt.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .ConfigureHttpClient((provider, client) =>
                client.Timeout = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<WebhookOptions>>().Value.RequestTimeout);
        services.AddHostedService<WebhookDispatcher>();
        return services;
    }
}
