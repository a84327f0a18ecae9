using System.Net;
using System.Text.Json;
using ConsentManager.Api.Changes;
using ConsentManager.Api.Storage;
using ConsentManager.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace ConsentManager.IntegrationTests.Changes;

[Collection(ApiCollection.Name)]
public sealed class ChangeFeedTests(ConsentApiApplication app)
{
    private readonly ApiScenario _api = new(app);

    [Fact]
    public async Task Publishing_The_Same_Event_Twice_Stores_It_Once()
    {
        var siteId = await _api.CreateSiteAsync();
        var feed = app.Services.GetRequiredService<IChangeFeed>();
        var change = new ChangeEvent("evt_twice", ChangeTypes.SubjectErased, app.Clock.GetUtcNow(), siteId, ApiScenario.NewVisitorId());

        await feed.PublishAsync(change);
        await feed.PublishAsync(change);

        var entries = await ReadFeedAsync(siteId);
        var only = Assert.Single(entries);
        Assert.Equal("evt_twice", only.GetProperty("id").GetString());
        Assert.Equal("subject.erased", only.GetProperty("type").GetString());
    }

    [Fact]
    public async Task The_Same_Event_Is_Stored_Once_For_Seven_Days_Then_Published_Again()
    {
        var siteId = await _api.CreateSiteAsync();
        var feed = app.Services.GetRequiredService<IChangeFeed>();
        var change = new ChangeEvent("evt_week", ChangeTypes.SubjectErased, app.Clock.GetUtcNow(), siteId, ApiScenario.NewVisitorId());

        await feed.PublishAsync(change);
        app.Clock.Advance(TimeSpan.FromDays(7));
        await feed.PublishAsync(change);
        var withinTheWindow = (await ReadFeedAsync(siteId)).Count;
        app.Clock.Advance(TimeSpan.FromDays(1));
        await feed.PublishAsync(change);

        Assert.Equal(1, withinTheWindow);
        Assert.Equal(2, (await ReadFeedAsync(siteId)).Count);
    }

    [Fact]
    public async Task An_Event_Published_By_An_Instance_Whose_Clock_Is_A_Day_Ahead_Is_Not_Published_Again()
    {
        var siteId = await _api.CreateSiteAsync();
        var feed = app.Services.GetRequiredService<IChangeFeed>();
        var change = new ChangeEvent("evt_ahead", ChangeTypes.SubjectErased, app.Clock.GetUtcNow(), siteId, ApiScenario.NewVisitorId());

        app.Clock.Advance(TimeSpan.FromDays(1));
        await feed.PublishAsync(change);
        app.Clock.Advance(TimeSpan.FromDays(-1));
        await feed.PublishAsync(change);

        Assert.Single(await ReadFeedAsync(siteId));
    }

    [Fact]
    public async Task Retried_Consent_Publishes_One_Recorded_Event_With_An_Id_From_The_Receipt()
    {
        var siteId = await _api.CreateSiteAsync();
        var visitor = _api.KnownVisitor(siteId, ApiScenario.NewVisitorId());
        var receiptId = Guid.NewGuid().ToString("D");
        var body = ApiScenario.ConsentBody("custom", ["analytics"], visitor, receiptId);

        Assert.Equal(HttpStatusCode.Created, (await _api.PostConsentAsync(siteId, body)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _api.PostConsentAsync(siteId, body)).StatusCode);

        var change = Assert.Single(await ReadFeedAsync(siteId));
        Assert.Equal($"evt_{receiptId}", change.GetProperty("id").GetString());
        Assert.Equal("consent.recorded", change.GetProperty("type").GetString());
        Assert.Equal(visitor.Id, change.GetProperty("visitorId").GetString());
        Assert.Equal(receiptId, change.GetProperty("receiptId").GetString());
        Assert.Equal("custom", change.GetProperty("action").GetString());
        Assert.True(change.GetProperty("choices").GetProperty("analytics").GetBoolean());
        Assert.False(change.GetProperty("choices").GetProperty("retargeting").GetBoolean());
    }

    [Fact]
    public async Task Withdrawal_Publishes_A_Withdrawn_Event_Without_Address_Or_Token()
    {
        var siteId = await _api.CreateSiteAsync();
        var visitor = _api.KnownVisitor(siteId, ApiScenario.NewVisitorId());
        await _api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes, visitor);
        await _api.RecordConsentAsync(siteId, "withdraw", [], visitor);

        var changes = await ReadFeedAsync(siteId);
        Assert.Equal(["consent.recorded", "consent.withdrawn"], changes.Select(change => change.GetProperty("type").GetString()));
        var names = changes.SelectMany(change => change.EnumerateObject().Select(property => property.Name)).Distinct();
        Assert.Equal(["id", "type", "timestamp", "siteId", "visitorId", "receiptId", "action", "choices"], names);
    }

    private async Task<IReadOnlyList<JsonElement>> ReadFeedAsync(string siteId)
    {
        var database = await app.Redis.InspectAsync();
        var reply = (RedisResult[])(await database.ExecuteAsync("XRANGE", RedisKeys.SiteChanges(siteId), "-", "+"))!;
        return reply.Select(entry => (RedisResult[])((RedisResult[])entry!)[1]!)
            .Select(fields => JsonDocument.Parse((string)fields[3]!).RootElement.Clone())
            .ToList();
    }
}
