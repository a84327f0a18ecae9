using ConsentManager.Api.Http;
using ConsentManager.Api.OpenApi;
using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace ConsentManager.Api.SiteConfig;

/// <summary>The widget's per-site configuration, localized and with this visitor's regime and features.</summary>
[ApiController]
[Route("v1/sites/{siteId}/config")]
[EnableCors(PublicEndpoints.CorsPolicy)]
[EnableRateLimiting(PublicEndpoints.SiteWriteBudgetPolicy)]
public sealed class SiteConfigController(SiteConfigService config) : ControllerBase
{
    /// <summary>The banner's texts and purposes in one language, with this visitor's regime, country and GPC.</summary>
    /// <param name="siteId">The site.</param>
    /// <param name="lang"><c>nl</c> or <c>en</c>; the site's default language when absent.</param>
    /// <param name="visitorId">The widget's visitor id: keeps feature variants sticky and, under opt-out, lets decisions answer before any choice.</param>
    [HttpGet]
    [VisitorToken(Optional = true)]
    [ProducesResponseType<SiteConfigResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json")]
    public async Task<ActionResult<SiteConfigResponse>> Get(string siteId, [FromQuery] string? lang, [FromQuery] string? visitorId)
    {
        var response = await config.GetAsync(siteId, lang, visitorId, ClientSignals.From(HttpContext));
        // The answer depends on the visitor (regime, GPC, variant): only their own browser may cache it.
        Response.Headers.CacheControl = "private, max-age=60";
        Response.Headers.Vary = "Sec-GPC";
        return response;
    }
}
