using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConsentManager.IntegrationTests.Infrastructure;

/// <summary>A real HTTP receiver (Kestrel on a free loopback port) that records every request and can fail on purpose.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();
    private int _failuresLeft;

    private WebhookReceiver(WebApplication app) => _app = app;

    public string Url { get; private set; } = "";

    public IReadOnlyList<ReceivedWebhook> Received => _received.ToList();

    /// <summary>Starts the receiver; it answers 500 to the first <paramref name="failures"/> requests, then 200.</summary>
    public static async Task<WebhookReceiver> StartAsync(int failures = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var receiver = new WebhookReceiver(builder.Build()) { _failuresLeft = failures };
        receiver._app.MapPost("/hook", receiver.ReceiveAsync);
        await receiver._app.StartAsync();
        var address = receiver._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        receiver.Url = $"{address}/hook";
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

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
