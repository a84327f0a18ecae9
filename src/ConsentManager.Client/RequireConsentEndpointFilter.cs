using Microsoft.AspNetCore.Http;

namespace ConsentManager.Client;

/// <summary>Minimal-API gate, added with <see cref="ConsentClientServiceCollectionExtensions.RequireConsent{TBuilder}"/>.</summary>
public sealed class RequireConsentEndpointFilter(string purpose, string? siteId = null) : IEndpointFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        await ConsentGate.AllowsAsync(context.HttpContext, purpose, siteId) ? await next(context) : Results.NoContent();
}
