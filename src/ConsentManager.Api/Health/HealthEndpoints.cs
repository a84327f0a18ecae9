using ConsentManager.Api.Storage;

namespace ConsentManager.Api.Health;

public static class HealthEndpoints
{
    /// <summary><c>/healthz</c>: the process is up. <c>/readyz</c>: Redis answers, else 503 (take it out of the load balancer).</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => TypedResults.Ok(new HealthStatus("up"))).ExcludeFromDescription();
        endpoints.MapGet("/readyz", async (RedisConnection redis) =>
        {
            await redis.RunAsync(database => database.PingAsync());
            return TypedResults.Ok(new HealthStatus("ready"));
        }).ExcludeFromDescription();
        return endpoints;
    }

    private sealed record HealthStatus(string Status);
}
