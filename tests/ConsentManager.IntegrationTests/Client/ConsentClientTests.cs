using ConsentManager.IntegrationTests.Infrastructure;
using ConsentManager.IntegrationTests.Webhooks;

namespace ConsentManager.IntegrationTests.Client;

[Collection(ApiCollection.Name)]
public sealed class ConsentClientTests(ConsentApiApplication app)
{
    private readonly ApiScenario _api = new(app);

    [Fact]
    public async Task Client_Answers_Granted_And_Denied_Purposes_From_The_Api()
    {
        var siteId = await _api.CreateSiteAsync();
        var visitorId = (await _api.RecordConsentAsync(siteId, "custom", ["analytics"])).GetProperty("visitorId").GetString()!;
        await using var processor = await ProcessorApplication.StartAsync(app, siteId, await _api.CreateKeyAsync(siteId, "decisions:read"));

        var analytics = await processor.Client.IsAllowedAsync(siteId, visitorId, "analytics");
        var retargeting = await processor.Client.IsAllowedAsync(siteId, visitorId, "retargeting");

        Assert.Equal(new(true, "granted"), analytics);
        Assert.Equal(new(false, "denied"), retargeting);
    }

    [Fact]
    public async Task Batch_Answers_Every_Visitor_And_Purpose_Pair()
    {
        var siteId = await _api.CreateSiteAsync();
        var granted = (await _api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes)).GetProperty("visitorId").GetString()!;
        var unknown = ApiScenario.NewVisitorId();
        await using var processor = await ProcessorApplication.StartAsync(app, siteId, await _api.CreateKeyAsync(siteId, "decisions:read"));

        var decisions = await processor.Client.IsAllowedAsync(siteId, [granted, unknown], ["analytics", "job_alert_marketing"]);

        Assert.Equal(
            [(granted, "analytics", true, "granted"), (granted, "job_alert_marketing", true, "granted"),
             (unknown, "analytics", false, "no_consent"), (unknown, "job_alert_marketing", false, "no_consent")],
            decisions.Select(item => (item.VisitorId, item.Purpose, item.Decision.Allowed, item.Decision.Reason)).OrderBy(item => item.VisitorId == unknown));
    }

    [Fact]
    public async Task Client_With_Another_Sites_Key_Fails_Closed()
    {
        var siteId = await _api.CreateSiteAsync();
        var otherSite = await _api.CreateSiteAsync();
        var visitorId = (await _api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes)).GetProperty("visitorId").GetString()!;
        await using var processor = await ProcessorApplication.StartAsync(app, siteId, await _api.CreateKeyAsync(otherSite, "decisions:read"));

        Assert.Equal(new(false, "unavailable"), await processor.Client.IsAllowedAsync(siteId, visitorId, "analytics"));
    }

    [Fact]
    public async Task Cached_Answer_Is_Dropped_At_Once_When_The_Withdrawal_Webhook_Arrives()
    {
        var siteId = await _api.CreateSiteAsync();
        var visitor = _api.KnownVisitor(siteId, ApiScenario.NewVisitorId());
        await _api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes, visitor);
        await using var processor = await ProcessorApplication.StartAsync(
            app, siteId, await _api.CreateKeyAsync(siteId, "decisions:read"), TimeSpan.FromSeconds(5), WebhookScenario.Secret);
        var webhooks = new WebhookScenario(app);
        await webhooks.RegisterAsync(siteId, $"{processor.Url}/consent-webhooks");
        Assert.True((await processor.Client.IsAllowedAsync(siteId, visitor.Id, "retargeting")).Allowed);

        await _api.RecordConsentAsync(siteId, "withdraw", [], visitor);
        var attempts = await webhooks.WaitForAttemptsAsync(siteId, 1);

        Assert.Equal("delivered", WebhookScenario.Status(attempts[0]));
        Assert.Equal(new(false, "withdrawn"), await processor.Client.IsAllowedAsync(siteId, visitor.Id, "retargeting"));
    }
}
