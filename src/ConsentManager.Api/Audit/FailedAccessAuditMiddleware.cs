using ConsentManager.Api.Errors;
using ConsentManager.Api.Storage;

namespace ConsentManager.Api.Audit;

/// <summary>
/// Every refused request (401 or 403, whether the authentication handler or an endpoint refused it) becomes an
/// <see cref="AuditActions.AccessDenied"/> entry: in the site's log when the route names an existing site, else in
/// the global log. It records the route template, never the raw path (which can hold a visitor id).
/// </summary>
internal sealed class FailedAccessAuditMiddleware(RequestDelegate next, ILogger<FailedAccessAuditMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, AuditLog log)
    {
        try
        {
            await next(context);
        }
        catch (ApiProblemException problem) when (IsRefusal(problem.Status))
        {
            await RecordAsync(context, log, problem.Status);
            throw;
        }

        if (IsRefusal(context.Response.StatusCode))
        {
            await RecordAsync(context, log, context.Response.StatusCode);
        }
    }

    private static bool IsRefusal(int status) => status is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden;

    private async Task RecordAsync(HttpContext context, AuditLog log, int status)
    {
        var template = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)";
        try
        {
            await log.RecordAsync(context.GetRouteValue("siteId") as string, AuditActions.AccessDenied, AuditActor.From(context),
                status, context.GetRouteValue("visitorId") as string, $"{context.Request.Method} {template}");
        }
        catch (StoreUnavailableException exception)
        {
            // The refusal itself stands; losing its audit line to an outage is logged, not turned into an error.
            logger.LogWarning(exception, "Could not audit a refused {Method} {Route}", context.Request.Method, template);
        }
    }
}
