using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Http;

/// <summary>What the API believes of X-Forwarded-For and X-Forwarded-Proto, with one trusted range (10.0.0.0/8).</summary>
[Collection(ApiCollection.Name)]
public sealed class ForwardedHeadersTests(ConsentApiApplication app)
{
    private readonly ApiScenario _api = new(app);

    [Fact]
    public async Task Trusted_Proxy_Forwards_The_Visitors_Address_And_Scheme()
    {
        var siteId = await ForwardedRequests.CreateSiteAsync(_api);

        var receipt = await ForwardedRequests.PostAsync(_api, siteId, peer: "10.1.2.3", ForwardedRequests.Washington);

        Assert.Equal(("US", "opt-out", "https"), receipt);
    }

    [Fact]
    public async Task Untrusted_Sender_Is_Taken_As_The_Visitor_Whatever_It_Forwards()
    {
        var siteId = await ForwardedRequests.CreateSiteAsync(_api);

        var receipt = await ForwardedRequests.PostAsync(_api, siteId, peer: ForwardedRequests.Sweden, ForwardedRequests.Washington);

        Assert.Equal(("SE", "opt-in", "http"), receipt);
    }

    [Fact]
    public async Task Chain_Walk_Stops_At_The_First_Untrusted_Hop()
    {
        var siteId = await ForwardedRequests.CreateSiteAsync(_api);
        // Read right to left: 10.9.9.9 is a trusted hop, Sweden is not, so what Sweden claims (Washington) is not believed.
        var chain = $"{ForwardedRequests.Washington}, {ForwardedRequests.Sweden}, 10.9.9.9";

        var receipt = await ForwardedRequests.PostAsync(_api, siteId, peer: "10.1.2.3", chain);

        Assert.Equal(("SE", "opt-in"), (receipt.Country, receipt.Regime));
    }
}
