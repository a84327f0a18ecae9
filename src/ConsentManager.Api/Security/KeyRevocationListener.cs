using ConsentManager.Api.Storage;

namespace ConsentManager.Api.Security;

/// <summary>
/// Spreads revocations between API instances: the revoking instance publishes the key id on
/// <see cref="Channel"/>, every instance evicts it from its <see cref="VerifiedKeyCache"/>. After a reconnect the
/// whole cache is dropped, since revocations published meanwhile never arrived.
/// </summary>
public sealed class KeyRevocationListener(RedisConnection redis, VerifiedKeyCache cache) : IHostedService
{
    public const string Channel = "cm:keys:revoked";

    public Task StartAsync(CancellationToken cancellationToken) =>
        redis.SubscribeAsync(Channel, cache.Evict, cache.Clear);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Evicts here at once, then tells the other instances.</summary>
    public Task RevokeAsync(string keyId)
    {
        cache.Evict(keyId);
        return redis.PublishAsync(Channel, keyId);
    }
}
