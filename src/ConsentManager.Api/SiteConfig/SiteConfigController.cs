using ConsentManager.Api.Consents;
using ConsentManager.Api.Errors;
using ConsentManager.Api.Http;
using ConsentManager.Api.Sites;
using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace ConsentManager.Api.SiteConfig;

/// <summary>The widget's per-site configuration, localized and with this visitor's regime.</summary>
[ApiController]
[Route("v1/sites/{siteId}/config")]
[EnableCors(PublicEndpoints.CorsPolicy)]
[EnableRateLimiting(PublicEndpoints.RateLimitPolicy)]
public sealed class SiteConfigController(SiteDirectory sites, IVisitorContextResolver visitors) : ControllerBase
{
    [HttpGet]
    [ProducesResponseType<SiteConfigResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json")]
    public async Task<ActionResult<SiteConfigResponse>> Get(string siteId, [FromQuery] string? lang)
    {
        var site = await sites.GetRequiredAsync(siteId);
        var language = lang switch
        {
            null or "" => site.Definition.DefaultLanguage,
            "nl" => Language.Nl,
            "en" => Language.En,
            _ => throw ApiProblemException.Invalid("lang", $"Language '{lang}' is not supported; use 'nl' or 'en'."),
        };
        var visitor = visitors.Resolve(HttpContext);

        // The answer depends on the visitor (regime, GPC): only their own browser may cache it.
        Response.Headers.CacheControl = "private, max-age=60";
        Response.Headers.Vary = "Sec-GPC";
        return new SiteConfigResponse(
            site.Id, language, site.Definition.Controller, site.Definition.ConsentLifetimeDays,
            site.Definition.Purposes.Select(purpose => new LocalizedPurpose(
                purpose.Id, purpose.Version, purpose.Title.In(language), purpose.Description.In(language), purpose.Vendors)).ToList(),
            visitor.Regime, visitor.Country, visitor.Gpc);
    }
}
