using ConsentManager.Api.Errors;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;

namespace ConsentManager.Api.Audit;

/// <summary>
/// Records the action in the site's audit log once it ran, with its outcome (status code) and the route's visitor
/// as a keyed hash. Refusals (401/403) are recorded by <see cref="FailedAccessAuditMiddleware"/> instead.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AuditedAttribute(string action) : Attribute, IFilterFactory
{
    public bool IsReusable => true;

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) =>
        new AuditFilter(action, serviceProvider.GetRequiredService<AuditLog>());

    private sealed class AuditFilter(string action, AuditLog log) : IAsyncActionFilter
    {
        public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
        {
            var executed = await next();
            var outcome = executed.Exception switch
            {
                null => (executed.Result as IStatusCodeActionResult)?.StatusCode ?? StatusCodes.Status200OK,
                ApiProblemException problem => problem.Status,
                _ => (int?)null,
            };
            if (outcome is null or StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden)
            {
                return;
            }

            var route = context.RouteData.Values;
            await log.RecordAsync(route["siteId"] as string, action, AuditActor.From(context.HttpContext), outcome.Value,
                route["visitorId"] as string);
        }
    }
}
