using ConsentManager.Api.Http;
using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace ConsentManager.Api.Stats;

/// <summary>The widget reports each banner display here (public; CORS limited to the site's origins).</summary>
[ApiController]
[Route("v1/sites/{siteId}/impressions")]
public sealed class ImpressionsController(ImpressionCounter impressions) : ControllerBase
{
    /// <summary>
    /// Counts one banner display. The body is empty or <c>{"bannerVariant": "bar"}</c>, as <c>text/plain</c> so
    /// <c>navigator.sendBeacon</c> needs no preflight, or as <c>application/json</c>. 204 also for a bot, uncounted.
    /// </summary>
    [HttpPost]
    [EnableCors(PublicEndpoints.CorsPolicy)]
    [EnableRateLimiting(PublicEndpoints.RateLimitPolicy)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
    public async Task<IActionResult> Count(string siteId)
    {
        await impressions.CountAsync(siteId, await ImpressionBody.ReadVariantAsync(Request), ClientSignals.From(HttpContext));
        return NoContent();
    }
}
