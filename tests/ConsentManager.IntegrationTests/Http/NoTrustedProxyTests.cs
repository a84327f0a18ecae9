using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Http;

/// <summary>The default, no trusted proxies: forwarded headers are ignored from every sender.</summary>
public sealed class NoTrustedProxyTests(NoTrustedProxyApplication app) : IClassFixture<NoTrustedProxyApplication>
{
    private readonly ApiScenario _api = new(app);

    [Theory]
    [InlineData("127.0.0.1", null)]
    [InlineData("::1", null)]
    [InlineData("10.1.2.3", null)]
    [InlineData(ForwardedRequests.Sweden, "SE")]
    public async Task Without_Trusted_Proxies_Forwarded_Headers_Are_Ignored_From_Any_Peer(string peer, string? country)
    {
        var siteId = await ForwardedRequests.CreateSiteAsync(_api);

        var receipt = await ForwardedRequests.PostAsync(_api, siteId, peer, ForwardedRequests.Washington);

        Assert.Equal((country, "opt-in", "http"), receipt);
    }

    [Fact]
    public async Task Without_Trusted_Proxies_Config_Regime_Comes_From_The_Real_Peer()
    {
        var siteId = await ForwardedRequests.CreateSiteAsync(_api);

        var response = await _api.FromAddress("127.0.0.1", ForwardedRequests.Washington).GetAsync($"/v1/sites/{siteId}/config");

        var config = await ApiScenario.ReadJsonAsync(response);
        Assert.Null(config.GetProperty("country").GetString());
        Assert.Equal("opt-in", config.GetProperty("regime").GetString());
    }
}
