using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ConsentManager.Api.Storage;

namespace ConsentManager.Api.Webhooks;

/// <summary>
/// Sends one signed attempt. Any answer outside 2xx, a timeout, a network error or a refused destination is a failed
/// attempt; without an answer, the result says why.
/// </summary>
internal sealed class WebhookSender(IHttpClientFactory clients, IWebhookSigner signer, TimeProvider time, ILogger<WebhookSender> logger)
{
    public const string ClientName = "webhooks";

    public async Task<(bool Delivered, int? ResponseStatus, string? Error, long DurationMs)> SendAsync(PendingDelivery delivery, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(WebhookPayload.From(delivery.Change), StorageJson.Options);
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Webhook.Url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("webhook-id", delivery.Change.Id);
        request.Headers.Add("webhook-timestamp", timestamp.ToString());
        request.Headers.Add("webhook-signature", signer.Sign(delivery.Webhook.Secret, delivery.Change.Id, timestamp, body));

        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, cancellationToken);
            return (response.IsSuccessStatusCode, (int)response.StatusCode, null, watch.ElapsedMilliseconds);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogInformation(
                "Webhook {WebhookId} of site {SiteId} unreachable for event {EventId}: {Reason}",
                delivery.Webhook.WebhookId, delivery.SiteId, delivery.Change.Id, exception.Message);
            return (false, null, Reason(exception), watch.ElapsedMilliseconds);
        }
    }

    // Only our own refusal is spelled out: the socket error of an unreachable host is no business of the tenant's.
    private static string Reason(Exception exception) => exception switch
    {
        HttpRequestException { InnerException: DestinationRefusedException refused } => refused.Message,
        TaskCanceledException => "No answer within the request timeout.",
        _ => "The connection failed.",
    };
}
