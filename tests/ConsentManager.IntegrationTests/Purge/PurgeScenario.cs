using System.Net;
using System.Text.Json;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Purge;

public static class PurgeScenario
{
    /// <summary>
    /// Polls <c>GET …/purge</c> until the job is done and returns its status. A 503 (the store busy with the purge
    /// on a loaded machine) means "ask again", as its Retry-After says; any other status fails. A purge scans the whole
    /// keyspace, and a shared fixture's Redis holds every earlier test's keys (tens of thousands), hence a minute.
    /// </summary>
    public static async Task<JsonElement> WaitUntilDoneAsync(HttpClient admin, string siteId)
    {
        var status = await Poll.UntilAsync(async () =>
        {
            var response = await admin.GetAsync($"/v1/sites/{siteId}/purge");
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, await response.Content.ReadAsStringAsync());
            return response.StatusCode == HttpStatusCode.OK ? await ApiScenario.ReadJsonAsync(response) : (JsonElement?)null;
        }, status => status?.GetProperty("state").GetString() == "done", TimeSpan.FromMinutes(1));
        return status!.Value;
    }
}
