using Microsoft.AspNetCore.Mvc.Filters;

namespace ConsentManager.Api.Http;

/// <summary>Applies <see cref="RouteIdRules"/> to every controller action.</summary>
internal sealed class RouteIdValidationFilter : IActionFilter
{
    public void OnActionExecuting(ActionExecutingContext context) => RouteIdRules.ThrowIfInvalid(context.RouteData.Values);

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }
}
