using System.Net;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Client;

[Collection(ApiCollection.Name)]
public sealed class ConsentGateTests(ConsentApiApplication app)
{
    private readonly ApiScenario _api = new(app);

    [Theory]
    [InlineData("/pixel")]
    [InlineData("/mvc/pixel")]
    public async Task Gate_Runs_The_Handler_For_A_Visitor_Who_Allows_The_Purpose(string path)
    {
        var siteId = await _api.CreateSiteAsync();
        var visitorId = (await _api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes)).GetProperty("visitorId").GetString();
        await using var processor = await ProcessorApplication.StartAsync(app, siteId, await _api.CreateKeyAsync(siteId, "decisions:read"));

        var response = await processor.Browser(siteId, visitorId).GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("fired", await response.Content.ReadAsStringAsync());
        Assert.Equal(1, processor.HandlerRuns);
    }

    [Theory]
    [InlineData("/pixel", "reject_all")]
    [InlineData("/mvc/pixel", "reject_all")]
    [InlineData("/pixel", null)]
    [InlineData("/mvc/pixel", null)]
    public async Task Gate_Answers_204_Without_Running_The_Handler_When_Consent_Is_Missing(string path, string? action)
    {
        var siteId = await _api.CreateSiteAsync();
        var visitor = _api.KnownVisitor(siteId, ApiScenario.NewVisitorId());
        if (action is not null)
        {
            await _api.RecordConsentAsync(siteId, action, [], visitor);
        }

        await using var processor = await ProcessorApplication.StartAsync(app, siteId, await _api.CreateKeyAsync(siteId, "decisions:read"));

        var withCookie = await processor.Browser(siteId, visitor.Id).GetAsync(path);
        var withoutCookie = await processor.Browser(siteId, null).GetAsync(path);

        Assert.Equal(HttpStatusCode.NoContent, withCookie.StatusCode);
        Assert.Equal("", await withCookie.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NoContent, withoutCookie.StatusCode);
        Assert.Equal(0, processor.HandlerRuns);
    }
}
