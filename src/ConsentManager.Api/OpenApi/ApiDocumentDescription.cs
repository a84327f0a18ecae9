using ConsentManager.Api.Security;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ConsentManager.Api.OpenApi;

/// <summary>The document's own description and its credentials: API keys per scope and visitor tokens.</summary>
internal sealed class ApiDocumentDescription : IOpenApiDocumentTransformer
{
    public const string VisitorTokenScheme = "visitorToken";

    /// <summary>
    /// One bearer scheme per scope: OpenAPI lists scopes only for OAuth flows, so a key's scope is named by its
    /// scheme (<c>apiKey-decisions-read</c>) instead.
    /// </summary>
    public static string ApiKeySchemeFor(string scope) => $"apiKey-{scope.Replace(':', '-')}";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "ConsentManager API",
            Version = "v1",
            Description = "Consent receipts for recruitment websites: the widget records visitors' choices, processors ask " +
                "whether they may fire a tracker for a visitor (deny by default), admins manage sites and keys. " +
                "Every error is application/problem+json.",
            Contact = new OpenApiContact { Name = "ConsentManager maintainers" },
        };
        // Relative, so the document is the same whichever host served it (and its snapshot stable).
        document.Servers = [new OpenApiServer { Url = "/", Description = "The API's own origin." }];
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = Scopes.All.ToDictionary(ApiKeySchemeFor, ApiKeyScheme);
        document.Components.SecuritySchemes[VisitorTokenScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = "Visitor-Token",
            Description = "The visitor token that GET /config hands out with a visitor id: proof of being that " +
                "visitor's browser. Kept by the widget in its first-party cookie; processors never see it.",
        };
        return Task.CompletedTask;
    }

    private static IOpenApiSecurityScheme ApiKeyScheme(string scope) => new OpenApiSecurityScheme
    {
        Type = SecuritySchemeType.Http,
        Scheme = "bearer",
        Description = $"A site's API key with scope `{scope}`, in `Authorization: Bearer <key>`, valid on its own site " +
            (scope == Scopes.Admin
                ? "(the bootstrap admin key on every site). Missing or invalid: 401; without the scope or for another site: 403."
                : "(an `admin` key also qualifies). Missing or invalid: 401; without the scope or for another site: 403."),
    };
}
