using System.Net;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Http;

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

    [Fact]
    public async Task IPv6_Addresses_Of_One_64_Share_A_Bucket()
    {
        var siteId = await _api.CreateSiteAsync();
        await UseUpLimitAsync(siteId, "2001:db8:71:1::1");

        var response = await _api.FromAddress("2001:db8:71:1:ffff:ffff:ffff:fffe").GetAsync($"/v1/sites/{siteId}/config");

        var problem = await ApiScenario.AssertProblemAsync(response, HttpStatusCode.TooManyRequests);
        Assert.Contains("This client made too many requests", problem.GetProperty("detail").GetString());
        Assert.True(int.Parse(response.Headers.GetValues("Retry-After").Single()) > 0);
    }

    [Theory]
    [InlineData("2001:db8:72:1::1", "2001:db8:72:2::1")]
    [InlineData("198.51.100.1", "198.51.100.2")]
    public async Task Neighbour_In_Another_IPv6_64_Or_IPv4_Address_Keeps_Its_Own_Bucket(string limited, string neighbour)
    {
        var siteId = await _api.CreateSiteAsync();
        await UseUpLimitAsync(siteId, limited);

        var response = await _api.FromAddress(neighbour).GetAsync($"/v1/sites/{siteId}/config");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(siteId, (await ApiScenario.ReadJsonAsync(response)).GetProperty("siteId").GetString());
    }

    private async Task UseUpLimitAsync(string siteId, string address)
    {
        var client = _api.FromAddress(address);
        for (var i = 0; i < RateLimitedApplication.Limit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/v1/sites/{siteId}/config")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync($"/v1/sites/{siteId}/config")).StatusCode);
    }
}
