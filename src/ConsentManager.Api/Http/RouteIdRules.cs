using ConsentManager.Api.Errors;

namespace ConsentManager.Api.Http;

/// <summary>Every id in a route is checked against its pattern once, before any handler runs or any key is built.</summary>
internal static class RouteIdRules
{
    private static readonly (string Name, Func<string?, bool> IsValid, string Pattern)[] Rules =
    [
        ("siteId", Identifiers.IsSiteId, Identifiers.SitePattern),
        ("visitorId", Identifiers.IsVisitorId, Identifiers.VisitorPattern),
        ("keyId", Identifiers.IsKeyId, Identifiers.KeyPattern),
        ("receiptId", Identifiers.IsReceiptId, "a lower-case UUID"),
        ("webhookId", Identifiers.IsWebhookId, Identifiers.WebhookPattern),
    ];

    /// <summary>A 400 naming every id that does not match its pattern.</summary>
    public static void ThrowIfInvalid(RouteValueDictionary values)
    {
        var errors = new ValidationErrors();
        foreach (var (name, isValid, pattern) in Rules)
        {
            if (values.TryGetValue(name, out var value) && !isValid(value as string))
            {
                errors.Add(name, $"{name} '{value}' does not match {pattern}.");
            }
        }

        errors.ThrowIfAny();
    }

    /// <summary>The same check for a route handler (controllers get it from <see cref="RouteIdValidationFilter"/>).</summary>
    public static RouteHandlerBuilder ValidateRouteIds(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter((context, next) =>
        {
            ThrowIfInvalid(context.HttpContext.Request.RouteValues);
            return next(context);
        });
}
