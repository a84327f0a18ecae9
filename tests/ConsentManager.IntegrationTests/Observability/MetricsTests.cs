using System.Net;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Observability;

/// <summary>/metrics: Prometheus text, labelled by route template and enums only, readable from allowed networks only.</summary>
[Collection(ApiCollection.Name)]
public sealed class MetricsTests(ConsentApiApplication app)
{
    private readonly ApiScenario _api = new(app);

    [Fact]
    public async Task Metrics_From_Loopback_Count_Requests_By_Route_Decisions_Receipts_And_Redis_Calls()
    {
        var siteId = await _api.CreateSiteAsync();
        var processor = await _api.ClientWithScopesAsync(siteId, "decisions:read");
        var visitorId = (await _api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes)).GetProperty("visitorId").GetString()!;
        await _api.DecideAsync(processor, siteId, visitorId, "analytics");

        var response = await _api.FromAddress("127.0.0.1").GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.ToString());
        Assert.Contains("# TYPE http_server_request_duration_seconds histogram", text);
        Assert.Contains("http_route=\"v1/sites/{siteId}/decisions/{visitorId}\"", text);
        Assert.Matches("consentmanager_decisions_total\\{reason=\"granted\"\\} [1-9]", text);
        Assert.Matches("consentmanager_receipts_total\\{action=\"accept_all\"\\} [1-9]", text);
        Assert.Matches("consentmanager_redis_call_duration_seconds_count [1-9]", text);
        // The runtime's memory, observed at the scrape, as gauges (a soak tells heap growth from reservation).
        Assert.Contains("# TYPE dotnet_process_memory_working_set gauge", text);
        Assert.Matches("\ndotnet_process_memory_working_set [1-9][0-9]{6,}\n", text);
        Assert.DoesNotContain(visitorId, text);
        Assert.DoesNotContain(siteId, text);
    }

    [Theory]
    [InlineData("203.0.113.7")]
    [InlineData("10.1.2.3")]
    public async Task Metrics_From_Outside_The_Allowed_Networks_Are_Forbidden(string address)
    {
        var response = await _api.FromAddress(address).GetAsync("/metrics");

        var problem = await ApiScenario.AssertProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Contains("Metrics:AllowedNetworks", problem.GetProperty("detail").GetString());
    }
}
