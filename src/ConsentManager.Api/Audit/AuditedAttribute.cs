using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;

namespace ConsentManager.Api.Audit;

/// <summary>
/// Records the action in the site's audit log once it succeeded, with its status code and the route's visitor as a
/// keyed hash. Refusals (401/403) are recorded by <see cref="FailedAccessAuditMiddleware"/>; a request the API turned
/// down as invalid or unknown (400, 404, 409) did nothing and read nothing, so it leaves no entry.
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
            var outcome = (executed.Result as IStatusCodeActionResult)?.StatusCode ?? StatusCodes.Status200OK;
            if (executed.Exception is not null || outcome is < 200 or >= 300)
            {
                return;
            }

            var route = context.RouteData.Values;
            await log.RecordAsync(route["siteId"] as string, action, AuditActor.From(context.HttpContext), outcome, route["visitorId"] as string);
        }
    }
}
