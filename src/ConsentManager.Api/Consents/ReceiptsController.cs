using ConsentManager.Api.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ConsentManager.Api.Consents;

/// <summary>Proof checks on stored receipts, for the controller's admins.</summary>
[ApiController]
[Route("v1/sites/{siteId}/receipts/{receiptId}")]
[Authorize(Policy = Scopes.Admin)]
public sealed class ReceiptsController(ReceiptVerifier verifier) : ControllerBase
{
    /// <summary>Recomputes the receipt's hash, MAC, chain link and text hash; <c>valid</c> only when all pass.</summary>
    [HttpGet("verify")]
    [ProducesResponseType<ReceiptVerification>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
    public async Task<ActionResult<ReceiptVerification>> Verify(string siteId, string receiptId) =>
        await verifier.VerifyAsync(siteId, receiptId);
}
