using ConsentManager.Api.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ConsentManager.Api.Health;

public static class HealthEndpoints
{
    /// <summary>
    /// <c>/healthz</c>: the process is up. <c>/readyz</c>: Redis answers and will not evict, else 503 (take it out
    /// of the load balancer).
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => TypedResults.Ok(new HealthStatus("up"))).ExcludeFromDescription();
        endpoints.MapGet("/readyz", async Task<Results<Ok<HealthStatus>, ProblemHttpResult>> (RedisConnection redis) =>
        {
            return await EvictionPolicy.FindProblemAsync(redis) is { } problem
                ? TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Not ready", detail: problem)
                : TypedResults.Ok(new HealthStatus("ready"));
        }).ExcludeFromDescription();
        return endpoints;
    }

    internal sealed record HealthStatus(string Status);
}
