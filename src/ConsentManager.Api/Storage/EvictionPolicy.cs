namespace ConsentManager.Api.Storage;

/// <summary>
/// Consent data must never be evicted silently, so the API is only ready on a Redis whose
/// <c>maxmemory-policy</c> is <c>noeviction</c> (full memory then fails writes loudly, as a 503).
/// </summary>
public static class EvictionPolicy
{
    public const string Required = "noeviction";

    /// <summary>Why this Redis is unfit for consent data, or null when it is fit.</summary>
    public static async Task<string?> FindProblemAsync(RedisConnection redis)
    {
        // INFO, not CONFIG GET: managed Redis services often disable CONFIG, never INFO.
        var info = (string?)await redis.RunAsync(database => database.ExecuteAsync("INFO", "memory")) ?? "";
        var policy = info.Split('\n').Select(line => line.Trim())
            .FirstOrDefault(line => line.StartsWith("maxmemory_policy:", StringComparison.Ordinal))?["maxmemory_policy:".Length..];
        return policy is null or Required
            ? null
            : $"Redis maxmemory-policy is '{policy}', which can evict consent data silently; set maxmemory-policy to '{Required}'.";
    }
}
