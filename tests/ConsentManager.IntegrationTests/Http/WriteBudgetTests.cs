using System.Net;
using System.Net.Http.Json;
using ConsentManager.Api.Visitors;
using ConsentManager.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ConsentManager.IntegrationTests.Http;

/// <summary>The per-site write budget: receipts and sightings of all clients together, reads never.</summary>
public sealed class WriteBudgetTests(WriteBudgetApplication app) : IClassFixture<WriteBudgetApplication>
{
    private readonly ApiScenario _api = new(app);

    [Fact]
    public async Task Receipts_Past_The_Sites_Budget_Answer_429_Whoever_Sends_Them()
    {
        var siteId = await _api.CreateSiteAsync();
        var otherSiteId = await _api.CreateSiteAsync();
        for (var i = 0; i < WriteBudgetApplication.Budget; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await PostReceiptAsync(siteId, $"198.51.100.{i + 1}")).StatusCode);
        }

        var refused = await PostReceiptAsync(siteId, "198.51.100.200");
        var otherSite = await PostReceiptAsync(otherSiteId, "198.51.100.200");
        var read = await _api.FromAddress("198.51.100.200").GetAsync($"/v1/sites/{siteId}/config");

        var problem = await ApiScenario.AssertProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.Equal($"Site '{siteId}' has used its write budget of 3 receipts and sightings per 00:01:00; retry after " +
            $"{refused.Headers.GetValues("Retry-After").Single()} s.", problem.GetProperty("detail").GetString());
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single()) is > 0 and <= 60);
        Assert.Equal(HttpStatusCode.Created, otherSite.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task Config_Calls_With_A_Valid_Visitor_Token_Spend_The_Budget_And_Others_Do_Not()
    {
        var siteId = await _api.CreateSiteAsync();
        var tokens = app.Services.GetRequiredService<VisitorTokens>();
        for (var i = 0; i < WriteBudgetApplication.Budget; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await GetConfigAsync(siteId, tokens.Mint(siteId).Token)).StatusCode);
        }

        var withToken = await GetConfigAsync(siteId, tokens.Mint(siteId).Token);
        var forgedToken = await GetConfigAsync(siteId, $"{ApiScenario.NewVisitorId()}.AAAAAAAAAAAAAAAAAAAAAA");
        var withoutToken = await _api.Anonymous().GetAsync($"/v1/sites/{siteId}/config");

        var problem = await ApiScenario.AssertProblemAsync(withToken, HttpStatusCode.TooManyRequests);
        Assert.StartsWith($"Site '{siteId}' has used its write budget", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, forgedToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withoutToken.StatusCode);
    }

    private Task<HttpResponseMessage> PostReceiptAsync(string siteId, string address) =>
        _api.FromAddress(address).PostAsJsonAsync($"/v1/sites/{siteId}/consents", ApiScenario.ConsentBody("reject_all", []));

    private Task<HttpResponseMessage> GetConfigAsync(string siteId, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/v1/sites/{siteId}/config");
        request.Headers.Add(VisitorTokens.Header, token);
        return _api.Anonymous().SendAsync(request);
    }
}
