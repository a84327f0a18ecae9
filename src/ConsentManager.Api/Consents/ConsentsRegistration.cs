using ConsentManager.Api.Secrets;

namespace ConsentManager.Api.Consents;

public static class ConsentsRegistration
{
    /// <summary>Receipts: their store, who may write them, their chain and MAC, reading and verifying them.</summary>
    public static IServiceCollection AddConsents(this IServiceCollection services)
    {
        services.AddOptions<ConsentOptions>().BindConfiguration(ConsentOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddKeyListOptions<ReceiptOptions>(
            ReceiptOptions.Section, "Receipts:MacKeys", "receipt-mac-key", options => options.MacKeys);
        services.AddOptions<ReceiptOptions>().ValidateDataAnnotations();
        services.AddSingleton<IConsentStore, RedisConsentStore>();
        services.AddSingleton<ReceiptSealer>();
        services.AddSingleton<ReceiptAuthors>();
        services.AddSingleton<ReceiptChain>();
        services.AddSingleton<ReceiptVerifier>();
        services.AddSingleton<ConsentReader>();
        return services.AddSingleton<ConsentRecorder>();
    }
}
