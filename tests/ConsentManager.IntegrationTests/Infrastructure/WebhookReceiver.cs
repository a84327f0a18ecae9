using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ConsentManager.IntegrationTests.Infrastructure;

/// <summary>A real HTTP receiver (Kestrel on a free loopback port) that records every request and can fail on purpose.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();
    private LoopbackServer? _server;
    private int _failuresLeft;

    public string Url => $"{_server!.Url}/hook";

    public IReadOnlyList<ReceivedWebhook> Received => _received.ToList();

    /// <summary>Starts the receiver; it answers 500 to the first <paramref name="failures"/> requests, then 200.</summary>
    public static async Task<WebhookReceiver> StartAsync(int failures = 0)
    {
        var receiver = new WebhookReceiver { _failuresLeft = failures };
        receiver._server = await LoopbackServer.StartAsync(app => app.MapPost("/hook", receiver.ReceiveAsync));
        return receiver;
    }

    public void FailNext(int failures) => Interlocked.Exchange(ref _failuresLeft, failures);

    /// <summary>Waits until at least <paramref name="count"/> requests arrived.</summary>
    public Task<IReadOnlyList<ReceivedWebhook>> WaitForAsync(int count) =>
        Poll.UntilAsync(() => Task.FromResult(Received), received => received.Count >= count);

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        var failed = Interlocked.Decrement(ref _failuresLeft) >= 0;
        _received.Enqueue(new ReceivedWebhook(
            request.Headers["webhook-id"].ToString(), request.Headers["webhook-timestamp"].ToString(),
            request.Headers["webhook-signature"].ToString(), body, DateTimeOffset.UtcNow, failed));
        return failed ? Results.StatusCode(500) : Results.NoContent();
    }

    public ValueTask DisposeAsync() => _server!.DisposeAsync();
}
