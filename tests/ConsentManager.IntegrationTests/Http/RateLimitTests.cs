using System.Net;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Http;

/// <summary>An app whose public endpoints allow only a few requests per client, to meet the limiter.</summary>
public sealed class RateLimitedApplication : ConsentApiApplication
{
    public const int Limit = 5;

    protected override int PublicPermitLimit => Limit;
}

public sealed class RateLimitTests(RateLimitedApplication app) : IClassFixture<RateLimitedApplication>
{
    private readonly ApiScenario _api = new(app);

    [Fact]
    public async Task Public_Endpoints_Answer_429_Problem_Past_The_Limit_While_Processor_Checks_Go_On()
    {
        var siteId = await _api.CreateSiteAsync();
        var processor = await _api.ClientWithScopesAsync(siteId, "decisions:read");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < RateLimitedApplication.Limit + 2; i++)
        {
            statuses.Add((await _api.Anonymous().GetAsync($"/v1/sites/{siteId}/config")).StatusCode);
        }

        var limited = await _api.Anonymous().GetAsync($"/v1/sites/{siteId}/config");
        var check = await processor.GetAsync($"/v1/sites/{siteId}/decisions/{ApiScenario.NewVisitorId()}?purpose=analytics");

        Assert.All(statuses.Take(RateLimitedApplication.Limit), status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        var problem = await ApiScenario.AssertProblemAsync(limited, HttpStatusCode.TooManyRequests);
        Assert.Contains("too many requests", problem.GetProperty("detail").GetString());
        Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single()) > 0);
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
    }
}
