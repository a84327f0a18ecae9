using ConsentManager.Api.Audit;
using ConsentManager.Api.Http;
using ConsentManager.Api.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace ConsentManager.Api.Consents;

/// <summary>Visitors record and read their consent (public; CORS limited to the site's origins).</summary>
[ApiController]
[Route("v1/sites/{siteId}/consents")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
public sealed class ConsentsController(ConsentRecorder recorder) : ControllerBase
{
    /// <summary>Records a choice. 201 for a new receipt, 200 when the same receipt id and content were already stored.</summary>
    [HttpPost]
    [EnableCors(PublicEndpoints.CorsPolicy)]
    [EnableRateLimiting(PublicEndpoints.RateLimitPolicy)]
    [ProducesResponseType<ConsentReceipt>(StatusCodes.Status201Created)]
    [ProducesResponseType<ConsentReceipt>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, "application/problem+json")]
    public async Task<ActionResult<ConsentReceipt>> Record(string siteId, RecordConsentRequest request)
    {
        var (receipt, created) = await recorder.RecordAsync(siteId, request, ClientSignals.From(HttpContext));
        return created ? CreatedAtAction(nameof(GetCurrent), new { siteId, visitorId = receipt.VisitorId }, receipt) : Ok(receipt);
    }

    /// <summary>The visitor's current consent: their latest receipt.</summary>
    [HttpGet("{visitorId}")]
    [EnableCors(PublicEndpoints.CorsPolicy)]
    [EnableRateLimiting(PublicEndpoints.RateLimitPolicy)]
    [ProducesResponseType<ConsentReceipt>(StatusCodes.Status200OK)]
    public async Task<ActionResult<ConsentReceipt>> GetCurrent(string siteId, string visitorId) =>
        await recorder.GetCurrentAsync(siteId, visitorId);

    /// <summary>Every receipt of a visitor, oldest first: proof of consent for the controller's admins.</summary>
    [HttpGet("{visitorId}/history")]
    [Audited(AuditActions.HistoryRead)]
    [Authorize(Policy = Scopes.Admin)]
    [ProducesResponseType<IReadOnlyList<ConsentReceipt>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    public async Task<ActionResult<IReadOnlyList<ConsentReceipt>>> GetHistory(string siteId, string visitorId) =>
        Ok(await recorder.GetHistoryAsync(siteId, visitorId));
}
