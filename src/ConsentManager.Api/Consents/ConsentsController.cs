using ConsentManager.Api.Audit;
using ConsentManager.Api.Http;
using ConsentManager.Api.OpenApi;
using ConsentManager.Api.Security;
using ConsentManager.Api.Visitors;
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
public sealed class ConsentsController(ConsentRecorder recorder, ConsentReader reader) : ControllerBase
{
    /// <summary>
    /// Records a choice. 201 for a new receipt, 200 when the same receipt id and content were already stored. 403 when
    /// a visitor id comes without its visitorToken, or with another visitor's.
    /// </summary>
    [HttpPost]
    [EnableCors(PublicEndpoints.CorsPolicy)]
    [EnableRateLimiting(PublicEndpoints.SiteWriteBudgetPolicy)]
    [ProducesResponseType<RecordedConsentResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<RecordedConsentResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, "application/problem+json")]
    public async Task<ActionResult<RecordedConsentResponse>> Record(string siteId, RecordConsentRequest request)
    {
        var recorded = await recorder.RecordAsync(siteId, request, ClientSignals.From(HttpContext));
        var response = new RecordedConsentResponse(recorded.Receipt, recorded.VisitorToken);
        return recorded.Created
            ? CreatedAtAction(nameof(GetCurrent), new { siteId, visitorId = response.VisitorId }, response)
            : Ok(response);
    }

    /// <summary>The visitor's current consent (their latest receipt), for the visitor itself: needs its token.</summary>
    [HttpGet("{visitorId}")]
    [VisitorToken]
    [EnableCors(PublicEndpoints.CorsPolicy)]
    [EnableRateLimiting(PublicEndpoints.RateLimitPolicy)]
    [ProducesResponseType<ConsentReceipt>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    public async Task<ActionResult<ConsentReceipt>> GetCurrent(
        string siteId, string visitorId, [FromHeader(Name = VisitorTokens.Header)] string? visitorToken) =>
        await reader.GetCurrentAsync(siteId, visitorId, visitorToken);

    /// <summary>Every receipt of a visitor, oldest first: proof of consent for the controller's admins.</summary>
    [HttpGet("{visitorId}/history")]
    [Audited(AuditActions.HistoryRead)]
    [Authorize(Policy = Scopes.Admin)]
    [ProducesResponseType<IReadOnlyList<ConsentReceipt>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    public async Task<ActionResult<IReadOnlyList<ConsentReceipt>>> GetHistory(string siteId, string visitorId) =>
        Ok(await reader.GetHistoryAsync(siteId, visitorId));
}
