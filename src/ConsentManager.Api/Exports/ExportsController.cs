using ConsentManager.Api.Audit;
using ConsentManager.Api.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ConsentManager.Api.Exports;

/// <summary>End-of-contract export and incident windows: a site's receipts, for its admins.</summary>
[ApiController]
[Route("v1/sites/{siteId}")]
[Authorize(Policy = Scopes.Admin)]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
public sealed class ExportsController(SiteExporter exporter) : ControllerBase
{
    public const string NdjsonType = "application/x-ndjson";

    /// <summary>Everything of the site as NDJSON (see <see cref="ExportLine"/>), streamed.</summary>
    [HttpGet("export")]
    [Audited(AuditActions.SiteExported)]
    [ProducesResponseType<ExportLine>(StatusCodes.Status200OK, NdjsonType)]
    public async Task<EmptyResult> Export(string siteId, CancellationToken cancellationToken)
    {
        // Looked up before the first byte, so a missing site is still a 404 problem rather than a broken stream.
        var site = await exporter.RequireSiteAsync(siteId);
        Response.ContentType = NdjsonType;
        Response.Headers.ContentDisposition = $"attachment; filename=\"{siteId}.ndjson\"";
        await exporter.WriteAsync(site, Response.Body, cancellationToken);
        return new EmptyResult();
    }

    /// <summary>Receipt and visitor ids recorded within [from, to], oldest first; pass nextCursor for the next page.</summary>
    [HttpGet("receipts")]
    [Audited(AuditActions.ReceiptsListed)]
    [ProducesResponseType<ReceiptWindowPage>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<ReceiptWindowPage>> Receipts(string siteId, DateTimeOffset? from, DateTimeOffset? to, string? cursor,
        int limit = 100) =>
        await exporter.ListAsync(siteId, from, to, cursor, limit);
}
