using ConsentManager.Api.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ConsentManager.Api.Webhooks;

/// <summary>A site's webhooks: signed, retried deliveries of its change feed to the parties that hold its data.</summary>
[ApiController]
[Route("v1/sites/{siteId}/webhooks/{webhookId}")]
[Authorize(Policy = Scopes.Admin)]
[ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
public sealed class WebhooksController(WebhookService webhooks) : ControllerBase
{
    /// <summary>Creates or replaces the webhook; without a secret one is generated and shown in this answer only.</summary>
    [HttpPut]
    [ProducesResponseType<WebhookResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<WebhookResponse>(StatusCodes.Status201Created)]
    public async Task<ActionResult<WebhookResponse>> Put(string siteId, string webhookId, WebhookRequest request)
    {
        var (webhook, created) = await webhooks.SaveAsync(siteId, webhookId, request);
        return created ? CreatedAtAction(nameof(Get), new { siteId, webhookId }, webhook) : Ok(webhook);
    }

    /// <summary>The webhook: its URL, event types and status (`failing` after a change was given up), never its secret.</summary>
    [HttpGet]
    [ProducesResponseType<WebhookResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<WebhookResponse>> Get(string siteId, string webhookId) => await webhooks.GetAsync(siteId, webhookId);

    /// <summary>Removes the webhook and its delivery log at once; nothing more is delivered to it.</summary>
    [HttpDelete]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> Delete(string siteId, string webhookId)
    {
        await webhooks.DeleteAsync(siteId, webhookId);
        return NoContent();
    }

    /// <summary>The webhook's latest delivery attempts, newest first: event, outcome, HTTP status, duration, next retry.</summary>
    [HttpGet("deliveries")]
    [ProducesResponseType<DeliveryList>(StatusCodes.Status200OK)]
    public async Task<ActionResult<DeliveryList>> Deliveries(string siteId, string webhookId) =>
        await webhooks.GetDeliveriesAsync(siteId, webhookId);
}
