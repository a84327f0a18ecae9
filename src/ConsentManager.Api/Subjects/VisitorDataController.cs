using ConsentManager.Api.Audit;
using ConsentManager.Api.Http;
using ConsentManager.Api.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace ConsentManager.Api.Subjects;

/// <summary>Data-subject requests: access and erasure (admin or the visitor's own token), restriction (admin).</summary>
[ApiController]
[Route("v1/sites/{siteId}/visitors/{visitorId}")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
public sealed class VisitorDataController(SubjectRights rights) : ControllerBase
{
    /// <summary>Access and portability: every receipt (oldest first), the sighting and the restriction state.</summary>
    [HttpGet("receipts")]
    [EnableCors(PublicEndpoints.CorsPolicy)]
    [EnableRateLimiting(PublicEndpoints.RateLimitPolicy)]
    [AdminOrVisitor]
    [Audited(AuditActions.VisitorAccessed)]
    [ProducesResponseType<VisitorDataResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json")]
    public async Task<ActionResult<VisitorDataResponse>> Access(string siteId, string visitorId) =>
        await rights.AccessAsync(siteId, visitorId);

    /// <summary>Erasure: removes the visitor's data and leaves a tombstone; repeating it returns the first tombstone.</summary>
    [HttpDelete]
    [EnableCors(PublicEndpoints.CorsPolicy)]
    [EnableRateLimiting(PublicEndpoints.RateLimitPolicy)]
    [AdminOrVisitor]
    [Audited(AuditActions.VisitorErased)]
    [ProducesResponseType<Tombstone>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json")]
    public async Task<ActionResult<Tombstone>> Erase(string siteId, string visitorId) => await rights.EraseAsync(siteId, visitorId);

    /// <summary>Restricts processing: decisions answer <c>restricted</c>, data is served to admins only.</summary>
    [HttpPut("restriction")]
    [Authorize(Policy = Scopes.Admin)]
    [Audited(AuditActions.VisitorRestricted)]
    [ProducesResponseType<Restriction>(StatusCodes.Status200OK)]
    public async Task<ActionResult<Restriction>> Restrict(string siteId, string visitorId) =>
        await rights.RestrictAsync(siteId, visitorId, AuditActor.From(HttpContext).Actor);

    /// <summary>Lifts the restriction: decisions and reads follow the visitor's consent again; 404 when none is in force.</summary>
    [HttpDelete("restriction")]
    [Authorize(Policy = Scopes.Admin)]
    [Audited(AuditActions.RestrictionLifted)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> LiftRestriction(string siteId, string visitorId)
    {
        await rights.LiftRestrictionAsync(siteId, visitorId);
        return NoContent();
    }
}
