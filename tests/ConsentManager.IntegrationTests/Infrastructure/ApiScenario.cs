using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConsentManager.Api.Visitors;
using Microsoft.Extensions.DependencyInjection;

namespace ConsentManager.IntegrationTests.Infrastructure;

/// <summary>What a test does against the API, named as intentions. Every site it creates has a fresh id.</summary>
public sealed partial class ApiScenario(ConsentApiApplication app)
{
    public static readonly string[] TemplatePurposes = ["analytics", "retargeting", "ip_processing", "job_alert_marketing"];

    public HttpClient Anonymous() => app.CreateClient();

    public HttpClient WithKey(string key)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    public HttpClient Admin() => WithKey(ConsentApiApplication.AdminKey);

    /// <summary>A visitor's browser connecting from <paramref name="peer"/>, optionally through a proxy that forwards for another address.</summary>
    public HttpClient FromAddress(string peer, string? forwardedFor = null, bool gpc = false)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add(TestPeerAddress.Header, peer);
        if (forwardedFor is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        }

        if (gpc)
        {
            client.DefaultRequestHeaders.Add("Sec-GPC", "1");
        }

        return client;
    }

    public static string NewSiteId() => $"site-{Guid.NewGuid():N}"[..24];

    public static string NewVisitorId() => Guid.NewGuid().ToString("N");

    public async Task<string> CreateSiteAsync(JsonObject? body = null)
    {
        var siteId = NewSiteId();
        await PutSiteAsync(siteId, body ?? SiteBody());
        return siteId;
    }

    public async Task PutSiteAsync(string siteId, JsonObject body)
    {
        var response = await SetUpAsync(() => Admin().PutAsJsonAsync($"/v1/sites/{siteId}", body));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task<string> CreateKeyAsync(string siteId, params string[] scopes)
    {
        var response = await SetUpAsync(() => Admin().PostAsJsonAsync($"/v1/sites/{siteId}/keys", new { name = "test key", scopes }));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await ReadJsonAsync(response)).GetProperty("key").GetString()!;
    }

    // A test's setup retries a 503 as the API tells every client to: the first store calls of a freshly started
    // fixture can outlast the store's time bound on a starved machine, and setup is not what the test is about.
    private static Task<HttpResponseMessage> SetUpAsync(Func<Task<HttpResponseMessage>> send) =>
        Poll.UntilAsync(send, response => response.StatusCode != HttpStatusCode.ServiceUnavailable);

    public async Task<HttpClient> ClientWithScopesAsync(string siteId, params string[] scopes) => WithKey(await CreateKeyAsync(siteId, scopes));

    /// <summary>The site's /config as <paramref name="client"/> (default: anonymous) sees it, as <paramref name="visitor"/> when given.</summary>
    public async Task<JsonElement> GetConfigAsync(string siteId, TestVisitor? visitor = null, HttpClient? client = null, string query = "")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/v1/sites/{siteId}/config{query}");
        if (visitor is not null)
        {
            request.Headers.Add("Visitor-Token", visitor.Token);
        }

        var response = await (client ?? Anonymous()).SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await ReadJsonAsync(response);
    }

    /// <summary>A new visitor, minted by /config as the widget gets it.</summary>
    public async Task<TestVisitor> NewVisitorAsync(string siteId, HttpClient? client = null) =>
        TestVisitor.From(await GetConfigAsync(siteId, client: client));

    /// <summary>A visitor with a chosen id (for sticky feature assignments), holding the token the API would issue it.</summary>
    public TestVisitor KnownVisitor(string siteId, string visitorId) =>
        new(visitorId, app.Services.GetRequiredService<VisitorTokens>().Issue(siteId, visitorId));

    /// <summary>The visitor's own read of its current consent, with its token.</summary>
    public Task<HttpResponseMessage> GetCurrentConsentAsync(string siteId, TestVisitor visitor)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/v1/sites/{siteId}/consents/{visitor.Id}");
        request.Headers.Add("Visitor-Token", visitor.Token);
        return Anonymous().SendAsync(request);
    }

    public Task<HttpResponseMessage> PostConsentAsync(string siteId, JsonNode body) =>
        Anonymous().PostAsJsonAsync($"/v1/sites/{siteId}/consents", body);

    /// <summary>Records a consent (for a newly minted visitor unless one is given) and returns the receipt.</summary>
    public async Task<JsonElement> RecordConsentAsync(string siteId, string action, string[] granted, TestVisitor? visitor = null,
        IReadOnlyDictionary<string, int>? versions = null)
    {
        var response = await PostConsentAsync(siteId, ConsentBody(action, granted, visitor, versions: versions));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await ReadJsonAsync(response);
    }

    public async Task<JsonElement> DecideAsync(HttpClient processor, string siteId, string visitorId, string purpose)
    {
        var response = await processor.GetAsync($"/v1/sites/{siteId}/decisions/{visitorId}?purpose={purpose}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await ReadJsonAsync(response);
    }

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    /// <summary>Asserts an RFC 7807 problem with the status, and returns it for checks on its text.</summary>
    public static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }
}
