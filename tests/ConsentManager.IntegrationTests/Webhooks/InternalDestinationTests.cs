using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConsentManager.Api.Webhooks;
using ConsentManager.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ConsentManager.IntegrationTests.Webhooks;

/// <summary>
/// Outside Development a tenant's webhook reaches public addresses only: otherwise a site admin could make the API call
/// Redis, the cloud metadata service or the internal network, and read the outcome from the delivery log.
/// </summary>
public sealed class InternalDestinationTests(InternalDestinationTests.PublicOnlyApplication app)
    : IClassFixture<InternalDestinationTests.PublicOnlyApplication>
{
    private readonly WebhookScenario _webhooks = new(app);

    [Theory]
    [InlineData("https://127.0.0.1/x")]
    [InlineData("https://localhost/x")]
    [InlineData("https://[::ffff:127.0.0.1]/x")]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("https://10.1.2.3/x")]
    public async Task Webhook_Url_With_An_Internal_Host_Is_Refused_At_Registration(string url)
    {
        var siteId = await _webhooks.Api.CreateSiteAsync();
        var body = new { url, events = new[] { "consent.withdrawn" } };

        var response = await _webhooks.Api.Admin().PutAsJsonAsync($"/v1/sites/{siteId}/webhooks/processor", body);

        var problem = await ApiScenario.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains($"Webhook url '{url}' must name a public host", problem.GetProperty("errors").GetProperty("url")[0].GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await _webhooks.Api.Admin().GetAsync($"/v1/sites/{siteId}/webhooks/processor")).StatusCode);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    public async Task Webhook_Whose_Host_Resolves_To_Loopback_Is_Not_Called_And_The_Attempt_Says_Why(string host)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var siteId = await _webhooks.Api.CreateSiteAsync();
        // Stored past the registration check, as a name re-pointed at loopback after registration (DNS rebinding) or a
        // webhook saved before the check existed would be: only the connect-time check stands in the way.
        var url = new UriBuilder(receiver.Url) { Host = host }.Uri.ToString();
        var webhook = new WebhookRecord("processor", url, ["consent.recorded"], WebhookScenario.Secret, app.Clock.GetUtcNow());
        await app.Services.GetRequiredService<IWebhookStore>().SaveAsync(siteId, webhook);

        await _webhooks.Api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes);
        var first = (await _webhooks.WaitForAttemptsAsync(siteId, 1))[0];
        app.Clock.Advance(first.GetProperty("nextRetryAt").GetDateTimeOffset() - app.Clock.GetUtcNow());
        var attempts = await _webhooks.WaitForAttemptsAsync(siteId, 2);

        Assert.Equal(["failed", "failed"], attempts.Select(WebhookScenario.Status));
        Assert.All(attempts, attempt => Assert.Equal(JsonValueKind.Null, attempt.GetProperty("responseStatus").ValueKind));
        Assert.All(attempts, attempt => Assert.Equal(
            $"Host '{host}' resolves to an address that is not public (loopback, private, link-local or reserved); " +
            "webhooks only reach public addresses.", attempt.GetProperty("error").GetString()));
        Assert.Empty(receiver.Received);
    }

    /// <summary>The shared fixture with the default of every non-Development environment: public destinations only.</summary>
    public sealed class PublicOnlyApplication : ConsentApiApplication
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Webhooks:AllowPrivateNetworks", "false");
        }
    }
}
