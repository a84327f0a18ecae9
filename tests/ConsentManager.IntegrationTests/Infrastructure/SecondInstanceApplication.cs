namespace ConsentManager.IntegrationTests.Infrastructure;

/// <summary>
/// Another API instance on an existing Redis, with its own container, caches and subscriptions: what a second
/// process behind the same load balancer shares with the first (the store) and what it does not (memory).
/// </summary>
public sealed class SecondInstanceApplication(string redisConfiguration) : ConsentApiApplication
{
    // The first instance's Redis, not one of its own.
    protected override string RedisConfiguration => redisConfiguration;

    // Nothing to start: the Redis belongs to the first instance, which also stops it.
    public override Task InitializeAsync() => Task.CompletedTask;
}
