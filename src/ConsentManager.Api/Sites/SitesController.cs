using ConsentManager.Api.Audit;
using ConsentManager.Api.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ConsentManager.Api.Sites;

/// <summary>Site administration: a site's controller, origins, lifetime and purposes.</summary>
[ApiController]
[Route("v1/sites/{siteId}")]
[Authorize(Policy = Scopes.Admin)]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
public sealed class SitesController(SiteDirectory sites) : ControllerBase
{
    /// <summary>Creates or replaces a site (201 when new); a purpose whose text changed needs a higher version.</summary>
    [HttpPut]
    [Audited(AuditActions.SiteUpdated)]
    [ProducesResponseType<SiteResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<SiteResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<SiteResponse>> Put(string siteId, SiteDefinition definition)
    {
        var (site, created) = await sites.SaveAsync(siteId, definition, AuditActor.From(HttpContext).Actor);
        var response = site.ToResponse();
        return created ? CreatedAtAction(nameof(Get), new { siteId }, response) : Ok(response);
    }

    /// <summary>The site's definition as stored.</summary>
    [HttpGet]
    [ProducesResponseType<SiteResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<SiteResponse>> Get(string siteId) => (await sites.GetRequiredAsync(siteId)).ToResponse();

    /// <summary>Every saved definition with who saved it and when, oldest first: the instructions over time.</summary>
    [HttpGet("history")]
    [ProducesResponseType<IReadOnlyList<SiteVersion>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<IReadOnlyList<SiteVersion>>> History(string siteId) => Ok(await sites.GetHistoryAsync(siteId));
}
