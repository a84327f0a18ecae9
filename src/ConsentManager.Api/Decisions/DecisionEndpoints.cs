using ConsentManager.Api.Http;
using ConsentManager.Api.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ConsentManager.Api.Decisions;

public static class DecisionEndpoints
{
    /// <summary>
    /// <c>GET …/decisions/{visitorId}</c>, the processor's check before every tracking call: a route handler rather
    /// than a controller action, because on this hot path MVC's binding, filter and formatter pipeline cost more CPU
    /// than the decision itself. Same authorization, route-id checks and problem details as the controllers.
    /// </summary>
    public static IEndpointRouteBuilder MapDecisionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // Without a leading slash, like the controllers' templates, so /metrics labels the route as before.
        endpoints.MapGet("v1/sites/{siteId}/decisions/{visitorId}", Decide)
            .RequireAuthorization(Scopes.DecisionsRead)
            .ValidateRouteIds()
            .WithName("Decisions_Get")
            .WithTags("Decisions")
            .WithSummary("May this visitor's data be used for this purpose now? Deny by default, with the reason.")
            .Produces<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")
            .Produces<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")
            .Produces<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")
            .Produces<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")
            .Produces<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json");
        return endpoints;
    }

    private static async Task<Ok<DecisionResponse>> Decide(string siteId, string visitorId, string? purpose, DecisionService decisions) =>
        TypedResults.Ok(await decisions.DecideAsync(siteId, visitorId, purpose));
}
