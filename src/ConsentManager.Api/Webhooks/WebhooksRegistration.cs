namespace ConsentManager.Api.Webhooks;

public static class WebhooksRegistration
{
    /// <summary>Webhook administration and the background delivery of the site change feeds.</summary>
    public static IServiceCollection AddWebhooks(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddOptions<WebhookOptions>()
            // Before binding, so configuration can still say otherwise: plain http and receivers on this machine or
            // the local network are Development conveniences.
            .Configure(options =>
            {
                options.AllowHttp = environment.IsDevelopment();
                options.AllowPrivateNetworks = environment.IsDevelopment();
            })
            .BindConfiguration(WebhookOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IWebhookStore, RedisWebhookStore>();
        services.AddSingleton<IWebhookSigner, StandardWebhookSigner>();
        services.AddSingleton<WebhookService>();
        services.AddSingleton<RedisDeliveryQueue>();
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<DestinationConnector>();
        services.AddHttpClient(WebhookSender.ClientName)
            // A receiver answers for itself: no redirects to elsewhere, and a bounded wait per attempt. No proxy either,
            // so the connector checks the receiver's own address instead of the proxy's.
            .ConfigurePrimaryHttpMessageHandler(provider => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseProxy = false,
                ConnectCallback = provider.GetRequiredService<DestinationConnector>().ConnectAsync,
            })
            .ConfigureHttpClient((provider, client) =>
                client.Timeout = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<WebhookOptions>>().Value.RequestTimeout);
        services.AddHostedService<WebhookDispatcher>();
        return services;
    }
}
