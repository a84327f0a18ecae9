using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Webhooks;

/// <summary>Instances that stop mid-retry or run side by side on one store: nothing lost, nothing delivered twice.</summary>
public sealed class DurableDeliveryTests
{
    [Fact]
    public async Task Restart_Mid_Retry_Loses_Nothing_And_Keeps_The_Webhook_Id()
    {
        await using var receiver = await WebhookReceiver.StartAsync(failures: 1);
        await using var redis = await TestRedis.StartAsync();
        var first = new PeerApplication(redis);
        var webhooks = new WebhookScenario(first);
        var siteId = await webhooks.Api.CreateSiteAsync();
        await webhooks.RegisterAsync(siteId, receiver.Url);
        await webhooks.Api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes);
        await webhooks.WaitForAttemptsAsync(siteId, 1);

        await first.DisposeAsync();
        await using var restarted = new PeerApplication(redis);
        restarted.Clock.Advance(TimeSpan.FromSeconds(5));
        var attempts = await new WebhookScenario(restarted).WaitForAttemptsAsync(siteId, 2);

        Assert.Equal(["delivered", "failed"], attempts.Select(WebhookScenario.Status));
        var received = receiver.Received;
        Assert.Equal(2, received.Count);
        Assert.Equal(received[0].Id, received[1].Id);
    }

    [Fact]
    public async Task Two_Instances_Deliver_Each_Event_Once_Between_Them()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var first = new ConsentApiApplication();
        await first.InitializeAsync();
        await using var second = new PeerApplication(first.Redis);
        var siteId = await new ApiScenario(first).CreateSiteAsync();
        await new WebhookScenario(first).RegisterAsync(siteId, receiver.Url);
        _ = second.Services;

        var receipts = new List<string>();
        foreach (var app in Enumerable.Range(0, 20).Select(i => i % 2 == 0 ? (ConsentApiApplication)first : second))
        {
            var receipt = await new ApiScenario(app).RecordConsentAsync(siteId, "custom", ["analytics"]);
            receipts.Add($"evt_{receipt.GetProperty("receiptId").GetString()}");
        }

        var delivered = await Poll.UntilAsync(
            () => new WebhookScenario(first).DeliveriesAsync(siteId), log => log.Count >= receipts.Count);

        Assert.Equal(receipts.Count, delivered.Count);
        Assert.All(delivered, attempt => Assert.Equal("delivered", WebhookScenario.Status(attempt)));
        Assert.Equal(receipts.Order(), receiver.Received.Select(delivery => delivery.Id).Order());
    }
}
