using System.Net;
using ConsentManager.Api.Consents;
using ConsentManager.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ConsentManager.IntegrationTests.Stats;

/// <summary>
/// The API dies after appending a receipt and before counting it; the client's retry to a fresh instance on the
/// same Redis repairs the count, exactly once.
/// </summary>
/// <remarks>
/// How this models a kill: an observer registered ahead of the counter throws right after the append (at once, so
/// the observers after it are never started), so the
/// receipt is durable in Redis, the count has not run and the client gets no success (a 500 here, a dropped
/// connection after a real kill; the widget retries both the same way). That instance is then disposed with all its
/// memory, and the retry goes to a new instance that knows only what Redis holds, as after a restart.
/// </remarks>
[Collection(ApiCollection.Name)]
public sealed class CrashBetweenStepsTests(ConsentApiApplication app)
{
    private readonly StatsScenario _stats = new(app);

    [Fact]
    public async Task Count_Converges_After_The_Retry_Of_A_Receipt_Whose_Count_Was_Interrupted()
    {
        var siteId = await _stats.Api.CreateSiteAsync();
        await _stats.RecordAsync(siteId, 10, "reject_all", []);
        var body = ApiScenario.ConsentBody("accept_all", ApiScenario.TemplatePurposes, await _stats.Api.NewVisitorAsync(siteId), Guid.NewGuid().ToString());

        HttpStatusCode crashed;
        await using (var dying = app.WithWebHostBuilder(host => host.ConfigureTestServices(services =>
                         services.Insert(0, ServiceDescriptor.Singleton<IReceiptObserver, DiesAfterAppend>()))))
        {
            crashed = (await dying.CreateClient().PostAsync($"/v1/sites/{siteId}/consents", Json(body))).StatusCode;
        }

        var stored = await ApiScenario.ReadJsonAsync(await _stats.Api.Admin().GetAsync($"/v1/sites/{siteId}/consents/{body["visitorId"]}/history"));
        var beforeRetry = await DecisionsAsync(siteId);
        await using var restarted = app.WithWebHostBuilder(_ => { });
        var retry = await restarted.CreateClient().PostAsync($"/v1/sites/{siteId}/consents", Json(body));
        var secondRetry = await restarted.CreateClient().PostAsync($"/v1/sites/{siteId}/consents", Json(body));

        Assert.Equal(HttpStatusCode.InternalServerError, crashed);
        Assert.Equal(1, stored.GetArrayLength());
        Assert.Equal(10, beforeRetry);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], [retry.StatusCode, secondRetry.StatusCode]);
        Assert.Equal(11, await DecisionsAsync(siteId));
    }

    private async Task<long> DecisionsAsync(string siteId) =>
        StatsScenario.Count((await _stats.StatsAsync(siteId, $"from={_stats.Today}&to={_stats.Today}")).GetProperty("totals"), "decisions");

    private static StringContent Json(System.Text.Json.Nodes.JsonNode body) =>
        new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

    // The process "dies" here: after the append, before any later observer (the counter) runs.
    private sealed class DiesAfterAppend : IReceiptObserver
    {
        public Task OnStoredAsync(StoredReceipt stored) => throw new InvalidOperationException("killed between append and count");
    }
}
