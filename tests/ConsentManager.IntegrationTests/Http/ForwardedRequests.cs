using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Http;

/// <summary>A receipt posted with forwarded headers, reduced to what the API believed: country, regime and scheme.</summary>
internal static class ForwardedRequests
{
    public const string Sweden = "89.160.20.112";
    public const string Washington = "216.160.83.56";

    /// <summary>A site where the US is opt-out, so a believed US address visibly changes the regime.</summary>
    public static Task<string> CreateSiteAsync(ApiScenario api) => api.CreateSiteAsync(ApiScenario.SiteBody(regimes: new JsonObject
    {
        ["default"] = "opt-in",
        ["rules"] = new JsonArray(new JsonObject { ["country"] = "US", ["regime"] = "opt-out" }),
    }));

    public static async Task<(string? Country, string? Regime, string Scheme)> PostAsync(ApiScenario api, string siteId, string peer, string forwardedFor)
    {
        var client = api.FromAddress(peer, forwardedFor);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var response = await client.PostAsJsonAsync($"/v1/sites/{siteId}/consents", ApiScenario.ConsentBody("reject_all", []));

        var receipt = await ApiScenario.ReadJsonAsync(response);
        Assert.True(response.Headers.Location is not null, receipt.GetRawText());
        return (receipt.GetProperty("country").GetString(), receipt.GetProperty("regime").GetString(), response.Headers.Location!.Scheme);
    }
}
