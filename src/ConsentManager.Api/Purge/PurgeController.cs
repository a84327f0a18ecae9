using ConsentManager.Api.Audit;
using ConsentManager.Api.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ConsentManager.Api.Purge;

/// <summary>End of contract: delete everything of a site in the background, and follow it.</summary>
[ApiController]
[Route("v1/sites/{siteId}")]
[Authorize(Policy = Scopes.Admin)]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
public sealed class PurgeController(SitePurger purger) : ControllerBase
{
    /// <summary>Starts (or returns) the site's purge; 202 with its status, which <c>GET …/purge</c> follows.</summary>
    [HttpDelete]
    [ProducesResponseType<PurgeStatus>(StatusCodes.Status202Accepted)]
    public async Task<ActionResult<PurgeStatus>> Purge(string siteId) =>
        AcceptedAtAction(nameof(Status), new { siteId }, await purger.StartAsync(siteId, AuditActor.From(HttpContext)));

    /// <summary>The site's purge: running, or done with the number of keys removed; 404 when none was started.</summary>
    [HttpGet("purge")]
    [ProducesResponseType<PurgeStatus>(StatusCodes.Status200OK)]
    public async Task<ActionResult<PurgeStatus>> Status(string siteId) => await purger.GetStatusAsync(siteId);
}
