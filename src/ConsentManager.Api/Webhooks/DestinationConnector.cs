using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace ConsentManager.Api.Webhooks;

/// <summary>
/// The webhook client's connect step. It checks the addresses it is about to connect to, not those seen at
/// registration, so a name that is re-pointed at an internal address later (DNS rebinding) is still refused.
/// </summary>
internal sealed class DestinationConnector(IOptions<WebhookOptions> options)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = await Dns.GetHostAddressesAsync(host, cancellationToken);
        // Refuse when any address is internal rather than picking a public one: a name that mixes both is suspect.
        if (!options.Value.AllowPrivateNetworks && !addresses.All(WebhookDestinations.IsPublic))
        {
            throw new DestinationRefusedException(host);
        }

        // Connect to exactly the addresses checked above; resolving again here would reopen the rebinding window.
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
