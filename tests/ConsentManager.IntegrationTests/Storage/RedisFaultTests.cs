using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using ConsentManager.Api.Purge;
using ConsentManager.IntegrationTests.Infrastructure;
using ConsentManager.IntegrationTests.Purge;
using Microsoft.Extensions.DependencyInjection;

namespace ConsentManager.IntegrationTests.Storage;

/// <summary>Redis dying under load: fast 503s that never allow, recovery on its own, nothing acknowledged lost.</summary>
[Collection(LoadCollection.Name)]
public sealed class RedisFaultTests(RestartableRedisApplication app) : IClassFixture<RestartableRedisApplication>
{
    private static readonly TimeSpan AnswerDeadline = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan RecoveryDeadline = TimeSpan.FromSeconds(5);
    private readonly ApiScenario _api = new(app);

    [Fact]
    public async Task Decisions_Under_Load_Are_503_Within_2s_While_Redis_Is_Down_And_Recover_Within_5s()
    {
        var siteId = await _api.CreateSiteAsync();
        var processor = await _api.ClientWithScopesAsync(siteId, "decisions:read");
        var visitorId = (await _api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes)).GetProperty("visitorId").GetString()!;
        var answers = new ConcurrentQueue<Answer>();
        using var stop = new CancellationTokenSource();
        var load = Enumerable.Range(0, 8).Select(_ => Task.Run(() => AskUntilStoppedAsync(processor,
            $"/v1/sites/{siteId}/decisions/{visitorId}?purpose=analytics", answers, stop.Token))).ToList();
        await Poll.UntilAsync(() => Task.FromResult(answers.Count), count => count >= 40);

        await app.KillRedisAsync();
        var killedAt = Stopwatch.GetTimestamp();
        await Poll.UntilAsync(() => Task.FromResult(answers.Count(answer => answer.StartedAt > killedAt)), count => count >= 40);
        var readiness = await _api.Anonymous().GetAsync("/readyz");
        // Taken before the restart: Redis answers as soon as it has loaded, before the restart call returns.
        var restartedAt = Stopwatch.GetTimestamp();
        await app.RestartRedisAsync();
        var recovered = await Poll.UntilAsync(() => Task.FromResult(answers.LastOrDefault()),
            answer => answer is { Status: HttpStatusCode.OK, Allowed: true } && answer.StartedAt > restartedAt, RecoveryDeadline);
        await stop.CancelAsync();
        await Task.WhenAll(load);

        var duringOutage = answers.Where(answer => answer.StartedAt > killedAt && answer.StartedAt < restartedAt).ToList();
        Assert.All(duringOutage, answer => Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.Status));
        Assert.All(duringOutage, answer => Assert.True(answer.Took < AnswerDeadline, $"an answer took {answer.Took}"));
        await ApiScenario.AssertProblemAsync(readiness, HttpStatusCode.ServiceUnavailable);
        Assert.True(Stopwatch.GetElapsedTime(restartedAt) < RecoveryDeadline + AnswerDeadline, $"recovered only after {Stopwatch.GetElapsedTime(restartedAt)}");
        Assert.Equal(HttpStatusCode.OK, recovered!.Status);
        Assert.Equal(HttpStatusCode.OK, (await _api.Anonymous().GetAsync("/readyz")).StatusCode);
    }

    [Fact]
    public async Task Every_Acknowledged_Consent_Survives_Kill_9_Of_Redis_With_Appendfsync_Always()
    {
        const int Consents = 10_000;
        var siteId = await _api.CreateSiteAsync();
        var acknowledged = new ConcurrentBag<string>();
        var next = 0;
        using var killed = new CancellationTokenSource();
        var client = _api.Anonymous();
        // Refusals, which land under every contract version; no visitorId, so each one mints its own visitor.
        var writers = Enumerable.Range(0, 32).Select(_ => Task.Run(async () =>
        {
            while (!killed.IsCancellationRequested && Interlocked.Increment(ref next) <= Consents)
            {
                var response = await client.PostAsJsonAsync($"/v1/sites/{siteId}/consents", ApiScenario.ConsentBody("reject_all", []));
                if (response.IsSuccessStatusCode)
                {
                    acknowledged.Add((await ApiScenario.ReadJsonAsync(response)).GetProperty("visitorId").GetString()!);
                }
            }
        })).ToList();
        await Poll.UntilAsync(() => Task.FromResult(acknowledged.Count), count => count >= Consents / 3, TimeSpan.FromSeconds(90));

        await app.KillRedisAsync();
        await killed.CancelAsync();
        await Task.WhenAll(writers);
        await app.RestartRedisAsync();

        var processor = await Poll.UntilAsync(() => TryClientWithScopesAsync(siteId), client => client is not null, RecoveryDeadline);
        var lost = new List<string>();
        foreach (var batch in acknowledged.Chunk(1000))
        {
            var response = await processor!.PostAsJsonAsync($"/v1/sites/{siteId}/decisions", new { visitorIds = batch, purposes = new[] { "analytics" } });
            var decisions = (await ApiScenario.ReadJsonAsync(response)).GetProperty("decisions").EnumerateArray();
            lost.AddRange(decisions.Where(decision => decision.GetProperty("reason").GetString() == "no_consent")
                .Select(decision => decision.GetProperty("visitorId").GetString()!));
        }

        Assert.True(acknowledged.Count >= Consents / 3, $"only {acknowledged.Count} consents were acknowledged before the kill");
        Assert.Empty(lost);
    }

    [Fact]
    public async Task A_Purge_Cut_Off_By_A_Redis_Outage_Finishes_By_Itself_Once_Redis_Is_Back()
    {
        var siteId = await _api.CreateSiteAsync();
        await _api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes);
        // A purge that has begun (its job is stored) and that the worker reaches only once Redis is gone.
        await app.Services.GetRequiredService<RedisPurgeStore>().StartAsync(new PurgeJob(siteId, false, 0, app.Clock.GetUtcNow(), null, []));

        await app.KillRedisAsync();
        app.Services.GetRequiredService<PurgeQueue>().Enqueue(siteId);
        await Poll.UntilAsync(() => Task.FromResult(app.Logs.Lines.Any(line => line.Contains($"Could not purge site '{siteId}'", StringComparison.Ordinal))),
            failed => failed);
        await app.RestartRedisAsync();
        var status = await PurgeScenario.WaitUntilDoneAsync(_api.Admin(), siteId);

        Assert.True(status.GetProperty("keysRemoved").GetInt64() >= 3, status.ToString());
        await ApiScenario.AssertProblemAsync(await _api.Admin().GetAsync($"/v1/sites/{siteId}"), HttpStatusCode.NotFound);
    }

    private async Task<HttpClient?> TryClientWithScopesAsync(string siteId)
    {
        var response = await _api.Admin().PostAsJsonAsync($"/v1/sites/{siteId}/keys", new { name = "after restart", scopes = new[] { "decisions:read" } });
        return response.StatusCode == HttpStatusCode.Created
            ? _api.WithKey((await ApiScenario.ReadJsonAsync(response)).GetProperty("key").GetString()!)
            : null;
    }

    private static async Task AskUntilStoppedAsync(HttpClient processor, string path, ConcurrentQueue<Answer> answers, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var startedAt = Stopwatch.GetTimestamp();
            var response = await processor.GetAsync(path, CancellationToken.None);
            var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
            answers.Enqueue(new Answer(startedAt, Stopwatch.GetElapsedTime(startedAt), response.StatusCode, body.Contains("\"allowed\":true")));
        }
    }

    private sealed record Answer(long StartedAt, TimeSpan Took, HttpStatusCode Status, bool Allowed);
}
