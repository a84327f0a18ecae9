using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Storage;

/// <summary>Redis down is a 503 with Retry-After within 2 s: never an allow, never "no consent", never a hang.</summary>
public sealed class RedisUnavailableTests : IClassFixture<ConsentApiApplication>
{
    private readonly ConsentApiApplication _app;
    private readonly ApiScenario _api;

    public RedisUnavailableTests(ConsentApiApplication app)
    {
        _app = app;
        _api = new ApiScenario(app);
    }

    [Fact]
    public async Task Every_Store_Backed_Endpoint_Answers_503_Quickly_When_Redis_Is_Stopped()
    {
        var siteId = await _api.CreateSiteAsync();
        var processor = await _api.ClientWithScopesAsync(siteId, "decisions:read");
        var visitor = TestVisitor.From(await _api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes));
        var visitorId = visitor.Id;
        Assert.Equal(HttpStatusCode.OK, (await _api.Anonymous().GetAsync("/readyz")).StatusCode);

        Process.GetProcessById(_app.Redis.Server.ProcessId).Kill();
        await _app.Redis.Server.WaitForExitAsync();

        var calls = new Func<Task<HttpResponseMessage>>[]
        {
            () => processor.GetAsync($"/v1/sites/{siteId}/decisions/{visitorId}?purpose=analytics"),
            () => processor.PostAsJsonAsync($"/v1/sites/{siteId}/decisions", new { visitorIds = new[] { visitorId }, purposes = new[] { "analytics" } }),
            () => _api.PostConsentAsync(siteId, ApiScenario.ConsentBody("reject_all", [], visitor)),
            () => _api.GetCurrentConsentAsync(siteId, visitor),
            () => _api.Anonymous().GetAsync("/readyz"),
        };
        foreach (var call in calls)
        {
            var stopwatch = Stopwatch.StartNew();
            var response = await call();
            stopwatch.Stop();

            var problem = await ApiScenario.AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable);
            Assert.Equal("2", response.Headers.GetValues("Retry-After").Single());
            Assert.Contains("cannot be reached", problem.GetProperty("detail").GetString());
            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2), $"{response.RequestMessage!.RequestUri} took {stopwatch.Elapsed}");
        }

        Assert.Equal(HttpStatusCode.OK, (await _api.Anonymous().GetAsync("/healthz")).StatusCode);
    }
}
