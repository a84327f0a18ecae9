using System.Net;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Http;

/// <summary>Browsers may call the public endpoints only from the site's own origins.</summary>
[Collection(ApiCollection.Name)]
public sealed class CorsTests(ConsentApiApplication app)
{
    private readonly ApiScenario _api = new(app);

    [Theory]
    [InlineData("https://jobs.example", true)]
    [InlineData("https://evil.example", false)]
    [InlineData("http://jobs.example", false)]
    public async Task Preflight_For_Consents_Allows_Only_The_Sites_Origins(string origin, bool allowed)
    {
        var siteId = await _api.CreateSiteAsync();
        var preflight = new HttpRequestMessage(HttpMethod.Options, $"/v1/sites/{siteId}/consents");
        preflight.Headers.Add("Origin", origin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type");

        var response = await _api.Anonymous().SendAsync(preflight);

        Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var origins) && origins.Single() == origin);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task Preflight_For_Config_Allows_The_Visitor_Token_Header()
    {
        var siteId = await _api.CreateSiteAsync();
        var preflight = new HttpRequestMessage(HttpMethod.Options, $"/v1/sites/{siteId}/config");
        preflight.Headers.Add("Origin", "https://jobs.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "visitor-token");

        var response = await _api.Anonymous().SendAsync(preflight);

        Assert.True(response.Headers.TryGetValues("Access-Control-Allow-Headers", out var headers), "the preflight allows headers");
        Assert.Contains("visitor-token", string.Join(",", headers).ToLowerInvariant());
    }

    [Theory]
    [InlineData("https://jobs.example", true)]
    [InlineData("https://evil.example", false)]
    public async Task Config_Response_Carries_Allow_Origin_Only_For_The_Sites_Origins(string origin, bool allowed)
    {
        var siteId = await _api.CreateSiteAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, $"/v1/sites/{siteId}/config");
        request.Headers.Add("Origin", origin);

        var response = await _api.Anonymous().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(allowed, response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Preflight_For_Config_Allows_The_Visitor_Token_Header_From_The_Sites_Origin()
    {
        var siteId = await _api.CreateSiteAsync();
        var preflight = new HttpRequestMessage(HttpMethod.Options, $"/v1/sites/{siteId}/config");
        preflight.Headers.Add("Origin", "https://jobs.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "visitor-token");

        var response = await _api.Anonymous().SendAsync(preflight);

        Assert.Equal("https://jobs.example", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("visitor-token", response.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
    }
}
