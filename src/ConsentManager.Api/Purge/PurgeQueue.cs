using System.Threading.Channels;

namespace ConsentManager.Api.Purge;

/// <summary>Site ids waiting for <see cref="PurgeWorker"/>; one reader, so one site's purge never runs twice at once.</summary>
public sealed class PurgeQueue
{
    private readonly Channel<string> _channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(string siteId) => _channel.Writer.TryWrite(siteId);

    public IAsyncEnumerable<string> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);
}
