using ConsentManager.Api.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ConsentManager.Api.Decisions;

/// <summary>
/// The processor's checks in bulk. Default is deny; Redis down is a 503, never an allow. The single check is a route
/// handler (<see cref="DecisionEndpoints"/>).
/// </summary>
[ApiController]
[Route("v1/sites/{siteId}/decisions")]
[Authorize(Policy = Scopes.DecisionsRead)]
[ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
public sealed class DecisionsController(DecisionService decisions, BatchDecisionJson json) : ControllerBase
{
    /// <summary>Up to 1000 visitors × the given purposes in one call.</summary>
    [HttpPost]
    [RequestSizeLimit(BatchBodyLimit)]
    [ProducesResponseType<BatchDecisionResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, "application/problem+json")]
    public async Task<IActionResult> Batch(string siteId, BatchDecisionRequest request) =>
        json.Result(await decisions.DecideAsync(siteId, request));

    // 1000 visitor ids of up to 64 characters, quoted and comma-separated, plus purposes.
    private const long BatchBodyLimit = 80 * 1024;
}
