using ConsentManager.Api.Security;
using ConsentManager.Api.Subjects;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ConsentManager.Api.OpenApi;

/// <summary>
/// Each operation's credentials, read from the endpoint itself: <c>[Authorize(Policy = scope)]</c> becomes an API key
/// with that scope or admin (policies are named after scopes), <see cref="VisitorTokenAttribute"/> the visitor token,
/// <see cref="AdminOrVisitorAttribute"/> either of the two. Public operations declare none.
/// </summary>
internal sealed class OperationSecurity : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var scopes = metadata.OfType<IAuthorizeData>().Select(data => data.Policy).OfType<string>().Distinct().ToList();
        if (scopes.Count > 0)
        {
            // Every [Authorize] applies (all scopes at once); an admin key satisfies any scope on its site.
            var admin = Requirement(context.Document, ApiDocumentDescription.ApiKeySchemeFor(Scopes.Admin));
            operation.Security = scopes.Contains(Scopes.Admin)
                ? [admin]
                : [Requirement(context.Document, [.. scopes.Select(ApiDocumentDescription.ApiKeySchemeFor)]), admin];
        }

        if (metadata.OfType<VisitorTokenAttribute>().LastOrDefault() is { } token)
        {
            var visitor = Requirement(context.Document, ApiDocumentDescription.VisitorTokenScheme);
            // An empty requirement is OpenAPI's way to say "or nothing at all".
            operation.Security = token.Optional ? [visitor, new OpenApiSecurityRequirement()] : [visitor];
        }

        if (metadata.OfType<AdminOrVisitorAttribute>().Any())
        {
            operation.Security =
            [
                Requirement(context.Document, ApiDocumentDescription.VisitorTokenScheme),
                Requirement(context.Document, ApiDocumentDescription.ApiKeySchemeFor(Scopes.Admin)),
            ];
        }

        return Task.CompletedTask;
    }

    private static OpenApiSecurityRequirement Requirement(OpenApiDocument? document, params string[] schemes)
    {
        var requirement = new OpenApiSecurityRequirement();
        foreach (var scheme in schemes)
        {
            requirement[new OpenApiSecuritySchemeReference(scheme, document)] = [];
        }

        return requirement;
    }
}
