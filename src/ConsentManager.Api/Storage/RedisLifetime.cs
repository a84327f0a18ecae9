namespace ConsentManager.Api.Storage;

/// <summary>Connects (and, in Development, starts Redis) before the server takes requests; stops it after.</summary>
internal sealed class RedisLifetime(RedisConnection connection) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => connection.StartAsync(cancellationToken);

    public async Task StopAsync(CancellationToken cancellationToken) => await connection.DisposeAsync();
}
