using ConsentManager.Api.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ConsentManager.Api.Security;

/// <summary>A site's API keys: issued once, stored as a hash, revocable.</summary>
[ApiController]
[Route("v1/sites/{siteId}/keys")]
[Authorize(Policy = Scopes.Admin)]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
public sealed class ApiKeysController(ApiKeyService keys) : ControllerBase
{
    /// <summary>Issues a key with the given scopes; the key itself is in this response only, stored as a hash.</summary>
    [HttpPost]
    [Audited(AuditActions.KeyCreated)]
    [ProducesResponseType<ApiKeyResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<ApiKeyResponse>> Create(string siteId, CreateApiKeyRequest request) =>
        StatusCode(StatusCodes.Status201Created, await keys.CreateAsync(siteId, request));

    /// <summary>The site's keys: names, scopes and ids, never the keys themselves.</summary>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<ApiKeyResponse>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<IReadOnlyList<ApiKeyResponse>>> List(string siteId) => Ok(await keys.ListAsync(siteId));

    /// <summary>Revokes a key at once.</summary>
    [HttpDelete("{keyId}")]
    [Audited(AuditActions.KeyRevoked)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> Revoke(string siteId, string keyId)
    {
        await keys.RevokeAsync(siteId, keyId);
        return NoContent();
    }
}
