using ConsentManager.Api.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ConsentManager.Api.Audit;

/// <summary>A site's audit trail: who did what with personal data, and who was refused.</summary>
[ApiController]
[Route("v1/sites/{siteId}/audit")]
[Authorize(Policy = Scopes.Admin)]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
public sealed class AuditController(AuditReader reader) : ControllerBase
{
    /// <summary>Entries newest first, optionally within [from, to] and for one action; pass nextCursor for the next page.</summary>
    [HttpGet]
    [ProducesResponseType<AuditPage>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<AuditPage>> Query(string siteId, DateTimeOffset? from, DateTimeOffset? to, string? action,
        string? cursor, int limit = 100) =>
        await reader.QueryAsync(siteId, new AuditQuery(from, to, action, limit, cursor));

    /// <summary>Checks the chain: every entry intact, none missing between the first kept and the head.</summary>
    [HttpGet("verify")]
    [ProducesResponseType<AuditVerification>(StatusCodes.Status200OK)]
    public async Task<ActionResult<AuditVerification>> Verify(string siteId) => await reader.VerifyAsync(siteId);
}
