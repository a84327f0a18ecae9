namespace ConsentManager.IntegrationTests.Infrastructure;

/// <summary>Another API instance on the redis-server of a running one: a restart or a second instance behind a balancer.</summary>
public sealed class PeerApplication(TestRedis redis) : ConsentApiApplication
{
    protected override string RedisConfiguration => redis.Server.Configuration;

    // The redis-server belongs to the first instance, which stops it.
    public override Task InitializeAsync() => Task.CompletedTask;
}
