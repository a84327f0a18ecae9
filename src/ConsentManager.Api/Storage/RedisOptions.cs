namespace ConsentManager.Api.Storage;

/// <summary>Where consent data lives. Bound from the <c>Redis</c> configuration section.</summary>
public sealed class RedisOptions
{
    public const string Section = "Redis";

    /// <summary>
    /// A StackExchange.Redis configuration string (env <c>Redis__Configuration</c>). When empty in
    /// Development the API starts its own redis-server; outside Development it is required.
    /// </summary>
    public string? Configuration { get; set; }

    /// <summary>Data directory of the embedded redis-server, relative to the working directory.</summary>
    public string EmbeddedDataDirectory { get; set; } = ".data/redis";

    /// <summary>The redis-server binary the embedded Development server runs.</summary>
    public string EmbeddedServerExecutable { get; set; } = "redis-server";

    /// <summary>Longest a single store call may take before the API answers 503.</summary>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromMilliseconds(1500);
}
