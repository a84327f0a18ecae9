using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ConsentManager.Api.SiteConfig;
using ConsentManager.Api.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Http;

[Collection(ApiCollection.Name)]
public sealed class SiteConfigTests(ConsentApiApplication app)
{
    private readonly ApiScenario _api = new(app);

    [Theory]
    [InlineData("?lang=en", "en", "analytics en", "Why analytics")]
    [InlineData("?lang=nl", "nl", "analytics nl", "Waarom analytics")]
    [InlineData("", "nl", "analytics nl", "Waarom analytics")]
    public async Task Config_Is_Localized_With_Versions_And_Vendors(string query, string language, string title, string description)
    {
        var siteId = await _api.CreateSiteAsync();

        var config = await ApiScenario.ReadJsonAsync(await _api.Anonymous().GetAsync($"/v1/sites/{siteId}/config{query}"));

        var analytics = config.GetProperty("purposes")[0];
        Assert.Equal(language, config.GetProperty("language").GetString());
        Assert.Equal("Test Vacatures B.V.", config.GetProperty("controller").GetProperty("name").GetString());
        Assert.Equal(182, config.GetProperty("consentLifetimeDays").GetInt32());
        Assert.Equal("analytics", analytics.GetProperty("id").GetString());
        Assert.Equal(1, analytics.GetProperty("version").GetInt32());
        Assert.Equal(title, analytics.GetProperty("title").GetString());
        Assert.Equal(description, analytics.GetProperty("description").GetString());
        Assert.Equal("analytics vendor", analytics.GetProperty("vendors")[0].GetProperty("name").GetString());
        Assert.Equal("opt-in", config.GetProperty("regime").GetString());
        Assert.False(config.GetProperty("gpc").GetBoolean());
    }

    [Theory]
    [InlineData("nl", "Test Vacatures B.V. gebruikt cookies en vergelijkbare technieken voor:", "Alles weigeren", "Waarom analytics")]
    [InlineData("en", "Test Vacatures B.V. uses cookies and similar technologies for:", "Reject all", "Why analytics")]
    public async Task Config_Serves_Banner_Texts_Archived_Under_Their_Hash(string language, string intro, string rejectAll, string description)
    {
        var siteId = await _api.CreateSiteAsync();

        var config = await _api.GetConfigAsync(siteId, query: $"?lang={language}");

        Assert.Equal(intro, config.GetProperty("texts").GetProperty("intro").GetString());
        Assert.Equal(rejectAll, config.GetProperty("texts").GetProperty("rejectAll").GetString());
        var textHash = config.GetProperty("textHash").GetString()!;
        var archived = (string)(await (await app.Redis.InspectAsync()).StringGetAsync(RedisKeys.ArchivedText(siteId, textHash["sha256:".Length..])))!;
        Assert.Equal(textHash, "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(archived))));
        Assert.Contains(intro, archived);
        Assert.Contains(description, archived);
    }

    [Fact]
    public async Task Changed_Texts_Get_A_New_Hash_And_The_Old_Archive_Stays()
    {
        var siteId = await _api.CreateSiteAsync();
        var before = (await _api.GetConfigAsync(siteId)).GetProperty("textHash").GetString()!;

        await _api.PutSiteAsync(siteId, ApiScenario.SiteBody(versions: new Dictionary<string, int> { ["analytics"] = 2 }));
        var after = (await _api.GetConfigAsync(siteId)).GetProperty("textHash").GetString()!;

        var database = await app.Redis.InspectAsync();
        Assert.NotEqual(before, after);
        Assert.True(await database.KeyExistsAsync(RedisKeys.ArchivedText(siteId, before["sha256:".Length..])));
        Assert.True(await database.KeyExistsAsync(RedisKeys.ArchivedText(siteId, after["sha256:".Length..])));
        Assert.Null(await database.KeyTimeToLiveAsync(RedisKeys.ArchivedText(siteId, before["sha256:".Length..])));
    }

    [Fact]
    public async Task Config_Reports_Gpc_When_The_Browser_Sends_Sec_Gpc()
    {
        var siteId = await _api.CreateSiteAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, $"/v1/sites/{siteId}/config");
        request.Headers.Add("Sec-GPC", "1");

        var config = await ApiScenario.ReadJsonAsync(await _api.Anonymous().SendAsync(request));

        Assert.True(config.GetProperty("gpc").GetBoolean());
    }

    [Fact]
    public async Task OpenApi_Document_Describes_The_Contract()
    {
        var response = await _api.Anonymous().GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = (await ApiScenario.ReadJsonAsync(response)).GetProperty("paths");
        Assert.True(paths.TryGetProperty("/v1/sites/{siteId}/consents", out var consents));
        Assert.True(consents.GetProperty("post").GetProperty("responses").TryGetProperty("409", out _));
        Assert.True(paths.TryGetProperty("/v1/sites/{siteId}/decisions/{visitorId}", out _));
    }

    [Fact]
    public async Task Unknown_Route_Returns_404_Problem()
    {
        var response = await _api.Anonymous().GetAsync("/v1/nothing-here");

        await ApiScenario.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public async Task Config_Is_Written_Byte_For_Byte_As_The_Serializer_Writes_The_Same_Answer(string language)
    {
        // Text the encoder escapes (HTML-sensitive and non-ASCII), in the parts written from bytes serialized once.
        var body = ApiScenario.SiteBody();
        body["controller"]!["name"] = "Vacatures & <Één> 'B.V.'";
        var siteId = await _api.CreateSiteAsync(body);
        var options = app.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var visitor = await _api.NewVisitorAsync(siteId);

        // A new visitor and a returning one, each twice: the second answer is written from the cached parts.
        foreach (var token in new[] { null, visitor.Token, null, visitor.Token })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"/v1/sites/{siteId}/config?lang={language}");
            if (token is not null)
            {
                request.Headers.Add("Visitor-Token", token);
            }

            var response = await _api.Anonymous().SendAsync(request);
            var written = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
            Assert.Contains("\u00C9\u00E9n", written);
            var answer = JsonSerializer.Deserialize<SiteConfigResponse>(written, options)!;
            Assert.Equal(JsonSerializer.Serialize(answer, options), written);
        }
    }
}
