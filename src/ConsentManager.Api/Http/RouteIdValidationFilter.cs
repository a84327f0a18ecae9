using ConsentManager.Api.Errors;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ConsentManager.Api.Http;

/// <summary>Every id in a route is checked against its pattern once, here, before any action runs or any key is built.</summary>
internal sealed class RouteIdValidationFilter : IActionFilter
{
    private static readonly (string Name, Func<string?, bool> IsValid, string Pattern)[] Rules =
    [
        ("siteId", Identifiers.IsSiteId, Identifiers.SitePattern),
        ("visitorId", Identifiers.IsVisitorId, Identifiers.VisitorPattern),
        ("keyId", Identifiers.IsKeyId, Identifiers.KeyPattern),
        ("receiptId", Identifiers.IsReceiptId, "a lower-case UUID"),
    ];

    public void OnActionExecuting(ActionExecutingContext context)
    {
        var errors = new ValidationErrors();
        foreach (var (name, isValid, pattern) in Rules)
        {
            if (context.RouteData.Values.TryGetValue(name, out var value) && !isValid(value as string))
            {
                errors.Add(name, $"{name} '{value}' does not match {pattern}.");
            }
        }

        errors.ThrowIfAny();
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }
}
