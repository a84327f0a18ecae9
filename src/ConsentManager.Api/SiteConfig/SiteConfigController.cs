using ConsentManager.Api.Http;
using ConsentManager.Api.OpenApi;
using ConsentManager.Api.Visitors;
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
    /// <param name="visitorToken">The visitor's token from an earlier /config; without a valid one a new visitor is minted.</param>
    [HttpGet]
    [VisitorToken(Optional = true)]
    [ProducesResponseType<SiteConfigResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json")]
    public async Task<ActionResult<SiteConfigResponse>> Get(
        string siteId, [FromQuery] string? lang, [FromHeader(Name = VisitorTokens.Header)] string? visitorToken)
    {
        var response = await config.GetAsync(siteId, lang, visitorToken, ClientSignals.From(HttpContext));
        // The answer carries the visitor's token and depends on them (regime, GPC, variant): nobody may cache it.
        Response.Headers.CacheControl = "no-store";
        return response;
    }
}
