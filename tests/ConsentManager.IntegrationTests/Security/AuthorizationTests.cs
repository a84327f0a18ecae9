using System.Net;
using System.Net.Http.Json;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Security;

/// <summary>For every protected endpoint: no key or a bad key is 401, a key without the scope or for another site is 403.</summary>
[Collection(ApiCollection.Name)]
public sealed class AuthorizationTests(ConsentApiApplication app)
{
    private readonly ApiScenario _api = new(app);

    [Theory]
    [InlineData("GET", "/v1/sites/{site}", "admin", "decisions:read")]
    [InlineData("PUT", "/v1/sites/{site}", "admin", "stats:read")]
    [InlineData("GET", "/v1/sites/{site}/keys", "admin", "decisions:read")]
    [InlineData("POST", "/v1/sites/{site}/keys", "admin", "decisions:read")]
    [InlineData("DELETE", "/v1/sites/{site}/keys/abcdefghijklmnop", "admin", "stats:read")]
    [InlineData("GET", "/v1/sites/{site}/consents/{visitor}/history", "admin", "decisions:read")]
    [InlineData("GET", "/v1/sites/{site}/decisions/{visitor}?purpose=analytics", "decisions:read", "stats:read")]
    [InlineData("GET", "/v1/sites/{site}/receipts/{receipt}/verify", "admin", "decisions:read")]
    [InlineData("POST", "/v1/sites/{site}/decisions", "decisions:read", "stats:read")]
    public async Task Endpoint_Answers_401_Without_Valid_Key_And_403_Without_Scope_Or_Site(string method, string template, string scope, string otherScope)
    {
        var siteId = await _api.CreateSiteAsync();
        var otherSiteId = await _api.CreateSiteAsync();
        var path = template.Replace("{site}", siteId).Replace("{visitor}", ApiScenario.NewVisitorId()).Replace("{receipt}", Guid.NewGuid().ToString());
        var rightKey = await _api.CreateKeyAsync(siteId, scope);
        var wrongScopeKey = await _api.CreateKeyAsync(siteId, otherScope);
        var otherSiteKey = await _api.CreateKeyAsync(otherSiteId, scope);

        var missing = await SendAsync(_api.Anonymous(), method, path, siteId);
        var invalid = await SendAsync(_api.WithKey(rightKey[..^2] + "xx"), method, path, siteId);
        var wrongScope = await SendAsync(_api.WithKey(wrongScopeKey), method, path, siteId);
        var otherSite = await SendAsync(_api.WithKey(otherSiteKey), method, path, siteId);
        var allowed = await SendAsync(_api.WithKey(rightKey), method, path, siteId);

        Assert.Contains("API key", (await ApiScenario.AssertProblemAsync(missing, HttpStatusCode.Unauthorized)).GetProperty("detail").GetString());
        Assert.Equal("Bearer", missing.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Contains("not valid", (await ApiScenario.AssertProblemAsync(invalid, HttpStatusCode.Unauthorized)).GetProperty("detail").GetString());
        Assert.Contains("scope", (await ApiScenario.AssertProblemAsync(wrongScope, HttpStatusCode.Forbidden)).GetProperty("detail").GetString());
        await ApiScenario.AssertProblemAsync(otherSite, HttpStatusCode.Forbidden);
        Assert.NotEqual(HttpStatusCode.Unauthorized, allowed.StatusCode);
        Assert.NotEqual(HttpStatusCode.Forbidden, allowed.StatusCode);
    }

    [Fact]
    public async Task Revoked_Key_Is_Refused_At_Once()
    {
        var siteId = await _api.CreateSiteAsync();
        var created = await ApiScenario.ReadJsonAsync(await _api.Admin().PostAsJsonAsync($"/v1/sites/{siteId}/keys", new { name = "processor", scopes = new[] { "decisions:read" } }));
        var processor = _api.WithKey(created.GetProperty("key").GetString()!);
        var path = $"/v1/sites/{siteId}/decisions/{ApiScenario.NewVisitorId()}?purpose=analytics";
        var before = await processor.GetAsync(path);

        var revoke = await _api.Admin().DeleteAsync($"/v1/sites/{siteId}/keys/{created.GetProperty("keyId").GetString()}");
        var after = await processor.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        await ApiScenario.AssertProblemAsync(after, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Key_Is_Shown_Once_And_Stored_Only_As_A_Hash()
    {
        var siteId = await _api.CreateSiteAsync();
        var key = await _api.CreateKeyAsync(siteId, "stats:read");

        var listing = await (await _api.Admin().GetAsync($"/v1/sites/{siteId}/keys")).Content.ReadAsStringAsync();
        var stored = await app.Redis.AllValuesAsync();

        Assert.Contains("stats:read", listing);
        Assert.DoesNotContain(key, listing);
        Assert.DoesNotContain("secretHash", listing, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(stored, value => value.Contains(key, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"name":"x","scopes":["everything"]}""", "Scope 'everything' is unknown")]
    [InlineData("""{"name":"","scopes":["admin"]}""", "key name is required")]
    [InlineData("""{"name":"x","scopes":[]}""", "At least one scope")]
    public async Task Creating_A_Key_With_Bad_Input_Returns_400(string body, string expected)
    {
        var siteId = await _api.CreateSiteAsync();

        var response = await _api.Admin().PostAsync($"/v1/sites/{siteId}/keys", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Contains(expected, (await ApiScenario.AssertProblemAsync(response, HttpStatusCode.BadRequest)).GetRawText());
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path, string siteId)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Content = method switch
        {
            "PUT" => JsonContent.Create(ApiScenario.SiteBody()),
            "POST" when path.EndsWith("/keys") => JsonContent.Create(new { name = "k", scopes = new[] { "stats:read" } }),
            "POST" => JsonContent.Create(new { visitorIds = new[] { ApiScenario.NewVisitorId() }, purposes = new[] { "analytics" } }),
            _ => null,
        };
        return client.SendAsync(request);
    }
}
