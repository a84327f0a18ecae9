using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConsentManager.Api.Demo;

namespace ConsentManager.E2E.Infrastructure;

/// <summary>What the tests ask the running API and the demo's hit log, with the admin key where it takes one.</summary>
public sealed class ConsentApi(Uri baseUrl) : IDisposable
{
    public const string DemoSite = "demo-jobboard";

    private readonly HttpClient _http = new() { BaseAddress = baseUrl };

    /// <summary>Everything the stand-in trackers reported, in order.</summary>
    public async Task<DemoHit[]> HitsAsync() => (await _http.GetFromJsonAsync<DemoHit[]>("/demo/hits", JsonSerializerOptions.Web))!;

    public async Task ClearHitsAsync() => (await _http.DeleteAsync("/demo/hits")).EnsureSuccessStatusCode();

    /// <summary>Polls until the trackers have reported exactly these purposes (in any order).</summary>
    public Task<DemoHit[]> HitsBecomeAsync(params string[] purposes) => Eventually.UntilAsync(
        HitsAsync, hits => hits.Select(hit => hit.Purpose).Order().SequenceEqual(purposes.Order()), $"hits [{string.Join(", ", purposes)}]");

    /// <summary>
    /// The visitor's current receipt, once the API has one that <paramref name="matches"/>; read as the visitor's own
    /// browser would, with its token (the visitor id is the token's part before the dot).
    /// </summary>
    public async Task<JsonElement> ReceiptAsync(string visitorToken, string site = DemoSite, Func<JsonElement, bool>? matches = null)
    {
        var receipt = await Eventually.UntilAsync(
            () => ReceiptOrNullAsync(visitorToken, site),
            found => found is { } current && (matches?.Invoke(current) ?? true),
            $"a receipt for visitor {VisitorIdOf(visitorToken)} on {site}");
        return receipt!.Value;
    }

    public async Task<JsonElement?> ReceiptOrNullAsync(string visitorToken, string site = DemoSite)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v1/sites/{site}/consents/{VisitorIdOf(visitorToken)}");
        request.Headers.Add("Visitor-Token", visitorToken);
        var response = await _http.SendAsync(request);
        return response.StatusCode == HttpStatusCode.NotFound ? null : await ReadJsonAsync(response);
    }

    public async Task<JsonElement> HistoryAsync(string visitorId, string site = DemoSite) =>
        await AdminJsonAsync(HttpMethod.Get, $"/v1/sites/{site}/consents/{visitorId}/history");

    public async Task<JsonElement> DecisionAsync(string visitorId, string purpose, string site = DemoSite) =>
        await AdminJsonAsync(HttpMethod.Get, $"/v1/sites/{site}/decisions/{visitorId}?purpose={purpose}");

    /// <summary>A new site with the demo site's definition, for tests that change a site; returns its id.</summary>
    public async Task<string> CopyDemoSiteAsync()
    {
        var siteId = $"e2e-{Guid.NewGuid():N}"[..20];
        await PutSiteAsync(siteId, await DefinitionAsync(DemoSite));
        return siteId;
    }

    /// <summary>Raises one purpose's version, as a site owner does after changing what it means.</summary>
    public async Task BumpPurposeVersionAsync(string siteId, string purposeId)
    {
        var definition = await DefinitionAsync(siteId);
        var purpose = definition["purposes"]!.AsArray().Single(purpose => (string?)purpose!["id"] == purposeId)!;
        purpose["version"] = (int)purpose["version"]! + 1;
        await PutSiteAsync(siteId, definition);
    }

    /// <summary>Adds a purpose to a site, as its admin does (PUT of the whole definition).</summary>
    public async Task AddPurposeAsync(string siteId, string purposeId)
    {
        var definition = await DefinitionAsync(siteId);
        var purposes = definition["purposes"]!.AsArray();
        var purpose = purposes[0]!.DeepClone().AsObject();
        purpose["id"] = purposeId;
        purpose["version"] = 1;
        purpose.Remove("role");
        purposes.Add(purpose);
        await PutSiteAsync(siteId, definition);
    }

    public void Dispose() => _http.Dispose();

    private static string VisitorIdOf(string visitorToken) => visitorToken[..visitorToken.IndexOf('.')];

    // The admin API answers with the site plus server fields; the rest is the body it accepts back.
    private async Task<JsonObject> DefinitionAsync(string siteId)
    {
        var site = JsonNode.Parse((await AdminJsonAsync(HttpMethod.Get, $"/v1/sites/{siteId}")).GetRawText())!.AsObject();
        site.Remove("siteId");
        site.Remove("updatedAt");
        return site;
    }

    private async Task PutSiteAsync(string siteId, JsonObject definition) =>
        await AdminJsonAsync(HttpMethod.Put, $"/v1/sites/{siteId}", JsonContent.Create(definition));

    private async Task<JsonElement> AdminJsonAsync(HttpMethod method, string path, HttpContent? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ConsentManagerServer.AdminKey);
        return await ReadJsonAsync(await _http.SendAsync(request));
    }

    private static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
