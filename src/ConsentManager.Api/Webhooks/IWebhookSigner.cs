namespace ConsentManager.Api.Webhooks;

/// <summary>Signs deliveries the Standard Webhooks way (https://www.standardwebhooks.com).</summary>
public interface IWebhookSigner
{
    /// <summary>The <c>webhook-signature</c> header value for one attempt.</summary>
    string Sign(string secret, string webhookId, long timestamp, string body);
}
