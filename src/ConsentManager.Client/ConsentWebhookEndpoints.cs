using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ConsentManager.Client;

/// <summary>The receiving end of the consent API's webhooks.</summary>
public static class ConsentWebhookEndpoints
{
    private const int MaxBodyBytes = 64 * 1024;

    /// <summary>
    /// Maps <c>POST {pattern}</c>: verifies the signature with <see cref="ConsentClientOptions.WebhookSecret"/>
    /// (401 when it fails), clears the cached answers of the event's visitor, runs every
    /// <see cref="IConsentWebhookHandler"/> and answers 204.
    /// </summary>
    public static RouteHandlerBuilder MapConsentWebhooks(this IEndpointRouteBuilder endpoints, string pattern = "/consent-webhooks") =>
        endpoints.MapPost(pattern, (Delegate)ReceiveAsync).DisableAntiforgery();

    private static async Task<IResult> ReceiveAsync(HttpContext context)
    {
        var services = context.RequestServices;
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            return Results.Problem("The webhook body is too large.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers;
        var verifier = services.GetRequiredService<WebhookVerifier>();
        if (!verifier.Verify(headers["webhook-id"], headers["webhook-timestamp"], headers["webhook-signature"], body))
        {
            return Results.Problem("The webhook signature or timestamp is not valid.", statusCode: StatusCodes.Status401Unauthorized);
        }

        var webhookEvent = Parse(headers["webhook-id"].ToString(), body);
        if (webhookEvent is null)
        {
            return Results.Problem("The webhook body is not a consent event.", statusCode: StatusCodes.Status400BadRequest);
        }

        services.GetRequiredService<ConsentClient>().Invalidate(webhookEvent.SiteId, webhookEvent.VisitorId);
        foreach (var handler in services.GetServices<IConsentWebhookHandler>())
        {
            await handler.HandleAsync(webhookEvent, context.RequestAborted);
        }

        return Results.NoContent();
    }

    private static ConsentWebhookEvent? Parse(string id, string body)
    {
        try
        {
            var root = JsonDocument.Parse(body).RootElement;
            var data = root.GetProperty("data");
            var receiptId = data.TryGetProperty("receiptId", out var receipt) && receipt.ValueKind == JsonValueKind.String ? receipt.GetString() : null;
            return new ConsentWebhookEvent(
                id, root.GetProperty("type").GetString()!, root.GetProperty("timestamp").GetDateTimeOffset(),
                data.GetProperty("siteId").GetString()!, data.GetProperty("visitorId").GetString()!, receiptId);
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }
}
