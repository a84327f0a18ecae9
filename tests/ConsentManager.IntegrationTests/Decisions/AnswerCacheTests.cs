using System.Diagnostics;
using System.Net;
using ConsentManager.Api.Storage;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Decisions;

/// <summary>
/// Decisions come from each instance's memory, and no instance answers from it after a change was acknowledged:
/// not after a withdrawal, a restriction or an erasure made through the other instance.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AnswerCacheTests(ConsentApiApplication app)
{
    private readonly ApiScenario _api = new(app);

    [Fact]
    public async Task No_Decision_Asked_After_A_Withdrawal_Was_Acknowledged_Allows_On_Either_Instance()
    {
        await using var second = new SecondInstanceApplication(app.StoreConfiguration);
        var other = new ApiScenario(second);
        var siteId = await _api.CreateSiteAsync();
        var key = await _api.CreateKeyAsync(siteId, "decisions:read");
        var late = new List<string>();
        for (var round = 0; round < 10; round++)
        {
            // The writer alternates, and both instances keep asking while the withdrawal is written.
            var (writer, asker) = round % 2 == 0 ? (_api, other) : (other, _api);
            var visitor = await writer.NewVisitorAsync(siteId);
            await writer.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes, visitor);
            Assert.True((await asker.DecideAsync(asker.WithKey(key), siteId, visitor.Id, "analytics")).GetProperty("allowed").GetBoolean());

            using var asking = new CancellationTokenSource();
            var answers = AskUntilCancelledAsync(asker.WithKey(key), siteId, visitor.Id, asking.Token);
            await Poll.UntilAsync(() => Task.FromResult(Snapshot(answers).Count), count => count >= 5);
            var withdrawn = await writer.PostConsentAsync(siteId, ApiScenario.ConsentBody("withdraw", [], visitor));
            var acknowledgedAt = Stopwatch.GetTimestamp();
            await Poll.UntilAsync(() => Task.FromResult(Snapshot(answers).Count(answer => answer.StartedAt > acknowledgedAt)), count => count >= 5);
            await asking.CancelAsync();

            Assert.Equal(HttpStatusCode.Created, withdrawn.StatusCode);
            late.AddRange(Snapshot(answers).Where(answer => answer.StartedAt > acknowledgedAt && answer.Body.Contains("\"allowed\":true")).Select(answer => answer.Body));
        }

        Assert.Empty(late);
    }

    [Fact]
    public async Task Restriction_And_Erasure_On_One_Instance_End_A_Cached_Grant_On_The_Other()
    {
        await using var second = new SecondInstanceApplication(app.StoreConfiguration);
        var other = new ApiScenario(second);
        var siteId = await _api.CreateSiteAsync();
        var processor = other.WithKey(await _api.CreateKeyAsync(siteId, "decisions:read"));
        var visitorId = (await _api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes)).GetProperty("visitorId").GetString()!;
        var before = await other.DecideAsync(processor, siteId, visitorId, "analytics");

        await _api.Admin().PutAsync($"/v1/sites/{siteId}/visitors/{visitorId}/restriction", null);
        var restricted = await other.DecideAsync(processor, siteId, visitorId, "analytics");
        await _api.Admin().DeleteAsync($"/v1/sites/{siteId}/visitors/{visitorId}/restriction");
        var lifted = await other.DecideAsync(processor, siteId, visitorId, "analytics");
        var erased = await _api.Admin().DeleteAsync($"/v1/sites/{siteId}/visitors/{visitorId}");
        var afterErasure = await other.DecideAsync(processor, siteId, visitorId, "analytics");

        Assert.Equal("granted", before.GetProperty("reason").GetString());
        Assert.Equal("restricted", restricted.GetProperty("reason").GetString());
        Assert.Equal("granted", lifted.GetProperty("reason").GetString());
        Assert.True(erased.IsSuccessStatusCode, $"erasure: {erased.StatusCode}");
        Assert.False(afterErasure.GetProperty("allowed").GetBoolean());
        Assert.Equal("no_consent", afterErasure.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Repeated_Decisions_Are_Answered_From_Memory_Until_The_Api_Announces_A_Change()
    {
        var siteId = await _api.CreateSiteAsync();
        var processor = _api.WithKey(await _api.CreateKeyAsync(siteId, "decisions:read"));
        var visitor = await _api.NewVisitorAsync(siteId);
        await _api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes, visitor);
        await _api.DecideAsync(processor, siteId, visitor.Id, "analytics");

        // Removed behind the API's back (no announcement): this instance still answers from memory.
        var redis = await app.Redis.InspectAsync();
        await redis.KeyDeleteAsync(RedisKeys.VisitorHistory(siteId, visitor.Id));
        var fromMemory = await _api.DecideAsync(processor, siteId, visitor.Id, "analytics");
        await _api.RecordConsentAsync(siteId, "reject_all", [], visitor);
        var afterRefusal = await _api.DecideAsync(processor, siteId, visitor.Id, "analytics");

        Assert.Equal("granted", fromMemory.GetProperty("reason").GetString());
        Assert.Equal("denied", afterRefusal.GetProperty("reason").GetString());
    }

    private sealed record Answer(long StartedAt, string Body);

    private static List<Answer> Snapshot(List<Answer> answers)
    {
        lock (answers)
        {
            return [.. answers];
        }
    }

    // Keeps asking until cancelled; the list grows as answers arrive (read it through Snapshot).
    private static List<Answer> AskUntilCancelledAsync(HttpClient processor, string siteId, string visitorId, CancellationToken cancelled)
    {
        var answers = new List<Answer>();
        _ = Task.Run(async () =>
        {
            while (!cancelled.IsCancellationRequested)
            {
                var startedAt = Stopwatch.GetTimestamp();
                var body = await (await processor.GetAsync($"/v1/sites/{siteId}/decisions/{visitorId}?purpose=analytics", CancellationToken.None)).Content.ReadAsStringAsync();
                lock (answers)
                {
                    answers.Add(new Answer(startedAt, body));
                }
            }
        });
        return answers;
    }
}
