using ConsentManager.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Xunit.Abstractions;

namespace ConsentManager.IntegrationTests.Webhooks;

/// <summary>
/// Delivery latency from change to receiver under a steady stream: after a warm-up, 20 consents a second for 10 s, each timed from
/// just before its POST to its arrival at a real receiver, on the default poll interval. Prints p50/p99 and writes
/// them to artifacts/webhook-latency.txt. It asserts delivery (each event once), never a time: the numbers are a
/// measurement of this machine, not a pass mark.
/// </summary>
[Collection(LoadCollection.Name)]
public sealed class DeliveryLatencyBenchmark(ITestOutputHelper output)
{
    private const int PerSecond = 20;
    private const int Seconds = 10;
    private const int Warmup = 10;

    [Fact]
    [Trait("Category", "Benchmark")]
    public async Task Steady_Stream_Of_Changes_Is_Delivered_Once_Each_With_Latency_Reported()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var app = new DefaultPollApplication();
        await app.InitializeAsync();
        var webhooks = new WebhookScenario(app);
        var siteId = await webhooks.Api.CreateSiteAsync();
        await webhooks.RegisterAsync(siteId, receiver.Url);
        // Warm-up, not measured: the first deliveries pay for JIT and connection set-up.
        for (var i = 0; i < Warmup; i++)
        {
            await webhooks.Api.RecordConsentAsync(siteId, "custom", ["analytics"]);
        }

        await receiver.WaitForAsync(Warmup);

        var sentAt = new Dictionary<string, DateTimeOffset>();
        using var pace = new PeriodicTimer(TimeSpan.FromSeconds(1.0 / PerSecond));
        for (var i = 0; i < PerSecond * Seconds && await pace.WaitForNextTickAsync(); i++)
        {
            var started = DateTimeOffset.UtcNow;
            var receipt = await webhooks.Api.RecordConsentAsync(siteId, "custom", ["analytics"]);
            sentAt[$"evt_{receipt.GetProperty("receiptId").GetString()}"] = started;
        }

        var received = await Poll.UntilAsync(
            () => Task.FromResult(receiver.Received.Skip(Warmup).ToList()), all => all.Count >= sentAt.Count, TimeSpan.FromSeconds(30));
        var latencies = received.Select(delivery => (delivery.ReceivedAt - sentAt[delivery.Id]).TotalMilliseconds).Order().ToList();
        var (p50, p99) = (Percentile(latencies, 0.50), Percentile(latencies, 0.99));
        var report = $"webhook delivery latency, {latencies.Count} events at {PerSecond}/s, poll 200 ms: " +
                     $"p50 {p50:F0} ms, p99 {p99:F0} ms, max {latencies[^1]:F0} ms ({Environment.ProcessorCount} cores)";
        output.WriteLine(report);
        Directory.CreateDirectory(ArtifactsDirectory());
        await File.WriteAllTextAsync(Path.Combine(ArtifactsDirectory(), "webhook-latency.txt"), report + Environment.NewLine);

        Assert.Equal(sentAt.Count, received.Count);
        Assert.Equal(sentAt.Keys.Order(), received.Select(delivery => delivery.Id).Order());
    }

    private static double Percentile(IReadOnlyList<double> sorted, double rank) =>
        sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(rank * sorted.Count) - 1)];

    private static string ArtifactsDirectory() =>
        Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../artifacts"));

    /// <summary>The API with the production poll interval (the shared fixture polls faster to keep tests short).</summary>
    private sealed class DefaultPollApplication : ConsentApiApplication
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Webhooks:PollInterval", "00:00:00.200");
        }
    }
}
