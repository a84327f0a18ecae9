using System.Net;
using System.Net.Http.Json;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Storage;

/// <summary>An API instance stopping under load leaves no half-written consent; retries converge to one receipt each.</summary>
[Collection(ApiCollection.Name)]
public sealed class ApiRestartTests(ConsentApiApplication app)
{
    private const int Consents = 300;
    private readonly ApiScenario _api = new(app);

    [Fact]
    public async Task Retries_After_An_Instance_Stops_Mid_Load_Converge_To_Exactly_One_Receipt_Each()
    {
        var siteId = await _api.CreateSiteAsync();
        var bodies = Enumerable.Range(0, Consents)
            .Select(_ => ApiScenario.ConsentBody("reject_all", [], receiptId: Guid.NewGuid().ToString("D"))).ToList();
        var dying = new SecondInstanceApplication(app.StoreConfiguration);
        var client = dying.CreateClient();
        var firstTries = bodies.Select(body => TryPostAsync(client, siteId, body)).ToList();
        await Poll.UntilAsync(() => Task.FromResult(firstTries.Count(task => task.IsCompleted)), done => done > 0);

        await dying.DisposeAsync();
        var interrupted = (await Task.WhenAll(firstTries)).Count(status => status is null);
        var retries = await Task.WhenAll(bodies.Select(body => _api.PostConsentAsync(siteId, body)));

        Assert.All(retries, retry => Assert.True(retry.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created, $"retry: {retry.StatusCode}"));
        var admin = _api.Admin();
        foreach (var (body, retry) in bodies.Zip(retries))
        {
            var visitorId = (await ApiScenario.ReadJsonAsync(retry)).GetProperty("visitorId").GetString();
            var history = await ApiScenario.ReadJsonAsync(await admin.GetAsync($"/v1/sites/{siteId}/consents/{visitorId}/history"));
            Assert.Equal(1, history.GetArrayLength());
            Assert.Equal(body["receiptId"]!.GetValue<string>(), history[0].GetProperty("receiptId").GetString());
        }

        Assert.True(interrupted < Consents, "some first tries completed before the instance stopped");
    }

    // Null when the instance went away under the request.
    private static async Task<HttpStatusCode?> TryPostAsync(HttpClient client, string siteId, System.Text.Json.Nodes.JsonObject body)
    {
        try
        {
            return (await client.PostAsJsonAsync($"/v1/sites/{siteId}/consents", body)).StatusCode;
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
            return null;
        }
    }
}
