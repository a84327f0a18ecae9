using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Webhooks;

/// <summary>Webhook steps as intentions: register a receiver, read the delivery log, advance to the next retry.</summary>
public sealed class WebhookScenario(ConsentApiApplication app)
{
    public const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    public ApiScenario Api { get; } = new(app);

    public async Task<string> RegisterAsync(string siteId, string url, string[]? events = null, string webhookId = "processor")
    {
        var body = new { url, events = events ?? ["consent.recorded", "consent.withdrawn"], secret = Secret };
        var response = await Api.Admin().PutAsJsonAsync($"/v1/sites/{siteId}/webhooks/{webhookId}", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return webhookId;
    }

    public async Task<JsonElement> GetAsync(string siteId, string webhookId = "processor")
    {
        var response = await Api.Admin().GetAsync($"/v1/sites/{siteId}/webhooks/{webhookId}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await ApiScenario.ReadJsonAsync(response);
    }

    public async Task<IReadOnlyList<JsonElement>> DeliveriesAsync(string siteId, string webhookId = "processor")
    {
        var response = await Api.Admin().GetAsync($"/v1/sites/{siteId}/webhooks/{webhookId}/deliveries");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await ApiScenario.ReadJsonAsync(response)).GetProperty("deliveries").EnumerateArray().ToList();
    }

    /// <summary>Waits until the delivery log has <paramref name="count"/> attempts, newest first.</summary>
    public Task<IReadOnlyList<JsonElement>> WaitForAttemptsAsync(string siteId, int count, string webhookId = "processor") =>
        Poll.UntilAsync(() => DeliveriesAsync(siteId, webhookId), attempts => attempts.Count >= count);

    public static string Status(JsonElement attempt) => attempt.GetProperty("status").GetString()!;
}
