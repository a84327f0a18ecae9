using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Webhooks;

[Collection(ApiCollection.Name)]
public sealed class WebhookAdministrationTests(ConsentApiApplication app)
{
    private readonly WebhookScenario _webhooks = new(app);

    private ApiScenario Api => _webhooks.Api;

    [Fact]
    public async Task Put_Without_Secret_Generates_One_Shown_Only_In_That_Answer()
    {
        var siteId = await Api.CreateSiteAsync();
        var body = new { url = "https://processor.example/hooks", events = new[] { "subject.erased" } };

        var response = await Api.Admin().PutAsJsonAsync($"/v1/sites/{siteId}/webhooks/erasures", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await ApiScenario.ReadJsonAsync(response);
        Assert.Matches("^whsec_[A-Za-z0-9+/]{32}$", created.GetProperty("secret").GetString());
        Assert.Equal("active", created.GetProperty("status").GetString());
        var shown = await _webhooks.GetAsync(siteId, "erasures");
        Assert.False(shown.TryGetProperty("secret", out _));
        Assert.Equal("https://processor.example/hooks", shown.GetProperty("url").GetString());
        Assert.Equal(["subject.erased"], shown.GetProperty("events").EnumerateArray().Select(type => type.GetString()));
    }

    [Fact]
    public async Task Put_With_Secret_Replaces_And_Never_Echoes_It()
    {
        var siteId = await Api.CreateSiteAsync();
        await _webhooks.RegisterAsync(siteId, "https://processor.example/a");
        var body = new { url = "https://processor.example/b", events = new[] { "consent.withdrawn" }, secret = WebhookScenario.Secret };

        var response = await Api.Admin().PutAsJsonAsync($"/v1/sites/{siteId}/webhooks/processor", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("whsec_", await response.Content.ReadAsStringAsync());
        Assert.Equal("https://processor.example/b", (await _webhooks.GetAsync(siteId)).GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("url", "ftp://processor.example/hooks", "consent.recorded", null)]
    [InlineData("url", "hooks", "consent.recorded", null)]
    [InlineData("events", "https://processor.example/hooks", "consent.changed", null)]
    [InlineData("events", "https://processor.example/hooks", null, null)]
    [InlineData("secret", "https://processor.example/hooks", "consent.recorded", "not-a-secret")]
    [InlineData("secret", "https://processor.example/hooks", "consent.recorded", "whsec_c2hvcnQ=")]
    public async Task Put_With_Bad_Input_Returns_400_Naming_The_Field(string field, string url, string? type, string? secret)
    {
        var siteId = await Api.CreateSiteAsync();
        var body = new JsonObject { ["url"] = url, ["events"] = type is null ? new JsonArray() : new JsonArray(type) };
        if (secret is not null)
        {
            body["secret"] = secret;
        }

        var response = await Api.Admin().PutAsJsonAsync($"/v1/sites/{siteId}/webhooks/processor", body);

        var problem = await ApiScenario.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Delete_Removes_The_Webhook_Then_Answers_404()
    {
        var siteId = await Api.CreateSiteAsync();
        await _webhooks.RegisterAsync(siteId, "https://processor.example/hooks");

        Assert.Equal(HttpStatusCode.NoContent, (await Api.Admin().DeleteAsync($"/v1/sites/{siteId}/webhooks/processor")).StatusCode);

        var problem = await ApiScenario.AssertProblemAsync(
            await Api.Admin().GetAsync($"/v1/sites/{siteId}/webhooks/processor"), HttpStatusCode.NotFound);
        Assert.Contains("'processor'", problem.GetProperty("detail").GetString());
        await ApiScenario.AssertProblemAsync(
            await Api.Admin().DeleteAsync($"/v1/sites/{siteId}/webhooks/processor"), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("GET", "")]
    [InlineData("PUT", "")]
    [InlineData("DELETE", "")]
    [InlineData("GET", "/deliveries")]
    public async Task Strangers_Are_Refused_On_Every_Webhook_Endpoint(string method, string suffix)
    {
        var siteId = await Api.CreateSiteAsync();
        var otherSite = await Api.CreateSiteAsync();
        await _webhooks.RegisterAsync(siteId, "https://processor.example/hooks");
        var path = $"/v1/sites/{siteId}/webhooks/processor{suffix}";
        var strangers = new (HttpClient Client, HttpStatusCode Status)[]
        {
            (Api.Anonymous(), HttpStatusCode.Unauthorized),
            (await Api.ClientWithScopesAsync(siteId, "decisions:read", "stats:read"), HttpStatusCode.Forbidden),
            (await Api.ClientWithScopesAsync(otherSite, "admin"), HttpStatusCode.Forbidden),
        };

        foreach (var (client, status) in strangers)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (method == "PUT")
            {
                request.Content = JsonContent.Create(new { url = "https://evil.example/", events = new[] { "consent.recorded" } });
            }

            await ApiScenario.AssertProblemAsync(await client.SendAsync(request), status);
        }

        Assert.Equal("https://processor.example/hooks", (await _webhooks.GetAsync(siteId)).GetProperty("url").GetString());
    }
}
