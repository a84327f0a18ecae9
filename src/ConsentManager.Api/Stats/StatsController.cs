using ConsentManager.Api.Errors;
using ConsentManager.Api.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace ConsentManager.Api.Stats;

/// <summary>Consent rates for marketing: aggregates only, small cells suppressed (scope <c>stats:read</c>).</summary>
[ApiController]
[Route("v1/sites/{siteId}/stats")]
[Authorize(Policy = Scopes.StatsRead)]
[ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
public sealed class StatsController(StatsService stats) : ControllerBase
{
    /// <summary>
    /// Counts per UTC day (or summed per country, regime, variant or device) for <c>from</c>..<c>to</c> (at most 400
    /// days). <c>format=csv</c> or <c>Accept: text/csv</c> returns the rows as CSV with a header row.
    /// </summary>
    [HttpGet]
    [ProducesResponseType<StatsResponse>(StatusCodes.Status200OK, "application/json", StatsCsv.ContentType)]
    public async Task<ActionResult<StatsResponse>> Get(string siteId, string? from, string? to, string? groupBy, string? format)
    {
        var csv = WantsCsv(format);
        var response = await stats.GetAsync(siteId, StatsRange.Parse(from, to), StatsGroupParser.Parse(groupBy));
        if (!csv)
        {
            return response;
        }

        var name = $"stats-{siteId}-{response.From:yyyy-MM-dd}-{response.To:yyyy-MM-dd}-{WireNames.Of(response.GroupBy)}.csv";
        Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = name }.ToString();
        return Content(StatsCsv.Write(response), $"{StatsCsv.ContentType}; charset=utf-8");
    }

    /// <summary>Each banner variant's counts and rates, and its accept-all rate against the default's with a 95% interval.</summary>
    [HttpGet("variants")]
    [ProducesResponseType<VariantsResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<VariantsResponse>> GetVariants(string siteId, string? from, string? to) =>
        await stats.GetVariantsAsync(siteId, StatsRange.Parse(from, to));

    private bool WantsCsv(string? format) => format switch
    {
        "csv" => true,
        "json" => false,
        null => Request.GetTypedHeaders().Accept.Any(accept => accept.MediaType.Equals(StatsCsv.ContentType, StringComparison.OrdinalIgnoreCase)),
        _ => throw ApiProblemException.Invalid("format", $"'format' must be json or csv; '{format}' is not."),
    };
}
