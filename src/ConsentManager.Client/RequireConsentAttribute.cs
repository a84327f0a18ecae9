using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ConsentManager.Client;

/// <summary>
/// MVC gate: the action runs only when the request's visitor allows the purpose; otherwise the answer is 204 No
/// Content and the action never runs (also when the consent API is unavailable: the gate fails closed).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class RequireConsentAttribute(string purpose) : Attribute, IAsyncActionFilter
{
    /// <summary>The purpose id, e.g. <c>retargeting</c>.</summary>
    public string Purpose { get; } = purpose;

    /// <summary>The site to check; <see cref="ConsentClientOptions.SiteId"/> when null.</summary>
    public string? SiteId { get; init; }

    /// <inheritdoc />
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        if (await ConsentGate.AllowsAsync(context.HttpContext, Purpose, SiteId))
        {
            await next();
            return;
        }

        context.Result = new NoContentResult();
    }
}
