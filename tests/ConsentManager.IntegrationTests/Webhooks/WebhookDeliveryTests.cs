using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Webhooks;

[Collection(ApiCollection.Name)]
public sealed class WebhookDeliveryTests(ConsentApiApplication app)
{
    private readonly WebhookScenario _webhooks = new(app);

    [Fact]
    public async Task Recorded_Consent_Arrives_Signed_So_Independent_Verifiers_Accept_It()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var siteId = await _webhooks.Api.CreateSiteAsync();
        await _webhooks.RegisterAsync(siteId, receiver.Url);
        var receipt = await _webhooks.Api.RecordConsentAsync(siteId, "custom", ["analytics"]);

        var delivery = (await receiver.WaitForAsync(1))[0];

        var receiptId = receipt.GetProperty("receiptId").GetString();
        Assert.Equal($"evt_{receiptId}", delivery.Id);
        Assert.Equal(app.Clock.GetUtcNow().ToUnixTimeSeconds().ToString(), delivery.Timestamp);
        Assert.Equal(ExpectedSignature(delivery), delivery.Signature);
        Assert.Equal("valid", await VerifyWithNodeAsync(delivery));
        Assert.Equal("invalid", await VerifyWithNodeAsync(delivery with { Body = delivery.Body.Replace("true", "false") }));
        var payload = JsonDocument.Parse(delivery.Body).RootElement;
        Assert.Equal("consent.recorded", payload.GetProperty("type").GetString());
        Assert.Equal(receipt.GetProperty("recordedAt").GetDateTimeOffset(), payload.GetProperty("timestamp").GetDateTimeOffset());
        var data = payload.GetProperty("data");
        Assert.Equal(["siteId", "visitorId", "receiptId", "action", "choices"], data.EnumerateObject().Select(field => field.Name));
        Assert.Equal(receipt.GetProperty("visitorId").GetString(), data.GetProperty("visitorId").GetString());
        Assert.True(data.GetProperty("choices").GetProperty("analytics").GetBoolean());
    }

    [Fact]
    public async Task Receiver_Failing_Twice_Gets_The_Same_Webhook_Id_Until_It_Succeeds()
    {
        await using var receiver = await WebhookReceiver.StartAsync(failures: 2);
        var siteId = await _webhooks.Api.CreateSiteAsync();
        await _webhooks.RegisterAsync(siteId, receiver.Url);
        await _webhooks.Api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes);

        await _webhooks.WaitForAttemptsAsync(siteId, 1);
        app.Clock.Advance(TimeSpan.FromSeconds(5));
        await _webhooks.WaitForAttemptsAsync(siteId, 2);
        app.Clock.Advance(TimeSpan.FromSeconds(10));
        var attempts = await _webhooks.WaitForAttemptsAsync(siteId, 3);

        Assert.Equal(["delivered", "failed", "failed"], attempts.Select(WebhookScenario.Status));
        Assert.Equal([3, 2, 1], attempts.Select(attempt => attempt.GetProperty("attempt").GetInt32()));
        Assert.Equal(500, attempts[2].GetProperty("responseStatus").GetInt32());
        Assert.Equal(
            attempts[2].GetProperty("attemptedAt").GetDateTimeOffset().AddSeconds(5), attempts[2].GetProperty("nextRetryAt").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, attempts[0].GetProperty("nextRetryAt").ValueKind);
        var received = receiver.Received;
        Assert.Equal(3, received.Count);
        Assert.Single(received.Select(delivery => delivery.Id).Distinct());
        Assert.All(received, delivery => Assert.Equal(ExpectedSignature(delivery), delivery.Signature));
    }

    [Fact]
    public async Task Receiver_Failing_For_24_Hours_Marks_The_Webhook_Failing()
    {
        await using var receiver = await WebhookReceiver.StartAsync(failures: int.MaxValue);
        var siteId = await _webhooks.Api.CreateSiteAsync();
        await _webhooks.RegisterAsync(siteId, receiver.Url);
        await _webhooks.Api.RecordConsentAsync(siteId, "reject_all", []);

        // Each round moves the clock to the announced retry, until the delivery is given up.
        var attempts = await Poll.UntilAsync(async () =>
        {
            var log = await _webhooks.DeliveriesAsync(siteId);
            if (log.Count > 0 && log[0].GetProperty("nextRetryAt").ValueKind == JsonValueKind.String)
            {
                var wait = log[0].GetProperty("nextRetryAt").GetDateTimeOffset() - app.Clock.GetUtcNow();
                app.Clock.Advance(wait > TimeSpan.Zero ? wait : TimeSpan.Zero);
            }

            return log;
        }, log => log.Count > 0 && WebhookScenario.Status(log[0]) == "gave_up", TimeSpan.FromSeconds(60));

        var webhook = await _webhooks.GetAsync(siteId);
        Assert.Equal("failing", webhook.GetProperty("status").GetString());
        Assert.Equal(app.Clock.GetUtcNow(), webhook.GetProperty("failingSince").GetDateTimeOffset());
        var first = attempts[^1].GetProperty("attemptedAt").GetDateTimeOffset();
        Assert.InRange(attempts[0].GetProperty("attemptedAt").GetDateTimeOffset() - first, TimeSpan.FromHours(23), TimeSpan.FromHours(24));
    }

    [Fact]
    public async Task Webhook_Gets_Only_The_Event_Types_It_Subscribed_To()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var siteId = await _webhooks.Api.CreateSiteAsync();
        await _webhooks.RegisterAsync(siteId, receiver.Url, ["consent.withdrawn"]);
        var visitor = _webhooks.Api.KnownVisitor(siteId, ApiScenario.NewVisitorId());
        await _webhooks.Api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes, visitor);
        var withdrawal = await _webhooks.Api.RecordConsentAsync(siteId, "withdraw", [], visitor);

        var delivery = (await receiver.WaitForAsync(1))[0];

        Assert.Equal($"evt_{withdrawal.GetProperty("receiptId").GetString()}", delivery.Id);
        Assert.Equal("consent.withdrawn", JsonDocument.Parse(delivery.Body).RootElement.GetProperty("type").GetString());
        Assert.Single(await _webhooks.DeliveriesAsync(siteId));
    }

    // A second, deliberately plain implementation of the Standard Webhooks signature.
    private static string ExpectedSignature(ReceivedWebhook delivery)
    {
        using var hmac = new HMACSHA256(Convert.FromBase64String(WebhookScenario.Secret["whsec_".Length..]));
        var mac = hmac.ComputeHash(Encoding.UTF8.GetBytes(delivery.Id + "." + delivery.Timestamp + "." + delivery.Body));
        return "v1," + Convert.ToBase64String(mac);
    }

    private static async Task<string> VerifyWithNodeAsync(ReceivedWebhook delivery)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "verify-webhook.mjs");
        using var node = Process.Start(new ProcessStartInfo("node", [script]) { RedirectStandardInput = true, RedirectStandardOutput = true })!;
        await node.StandardInput.WriteAsync(JsonSerializer.Serialize(new
        {
            secret = WebhookScenario.Secret, id = delivery.Id, timestamp = delivery.Timestamp, signature = delivery.Signature, body = delivery.Body,
        }));
        node.StandardInput.Close();
        var output = await node.StandardOutput.ReadToEndAsync();
        await node.WaitForExitAsync();
        return output;
    }
}
