using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Security;

/// <summary>Keys may expire, and record when they were last used (coarsely).</summary>
[Collection(ApiCollection.Name)]
public sealed class ApiKeyLifetimeTests(ConsentApiApplication app)
{
    private readonly ApiScenario _api = new(app);

    [Fact]
    public async Task Expired_Key_Answers_401()
    {
        var siteId = await _api.CreateSiteAsync();
        var created = await ApiScenario.ReadJsonAsync(await _api.Admin().PostAsJsonAsync($"/v1/sites/{siteId}/keys",
            new { name = "temporary", scopes = new[] { "decisions:read" }, expiresAt = app.Clock.GetUtcNow().AddHours(1) }));
        var processor = _api.WithKey(created.GetProperty("key").GetString()!);
        var path = $"/v1/sites/{siteId}/decisions/{ApiScenario.NewVisitorId()}?purpose=analytics";

        var before = await processor.GetAsync(path);
        app.Clock.Advance(TimeSpan.FromHours(1));
        var after = await processor.GetAsync(path);

        Assert.Equal(app.Clock.GetUtcNow(), created.GetProperty("expiresAt").GetDateTimeOffset());
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Contains("not valid", (await ApiScenario.AssertProblemAsync(after, HttpStatusCode.Unauthorized)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Key_Expiring_In_The_Past_Is_Refused()
    {
        var siteId = await _api.CreateSiteAsync();

        var response = await _api.Admin().PostAsJsonAsync($"/v1/sites/{siteId}/keys",
            new { name = "late", scopes = new[] { "admin" }, expiresAt = app.Clock.GetUtcNow().AddSeconds(-1) });

        var problem = await ApiScenario.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("not in the future", problem.GetProperty("errors").GetProperty("expiresAt")[0].GetString());
    }

    [Fact]
    public async Task Last_Use_Is_Recorded_At_Most_Once_A_Minute()
    {
        var siteId = await _api.CreateSiteAsync();
        var created = await ApiScenario.ReadJsonAsync(await _api.Admin().PostAsJsonAsync($"/v1/sites/{siteId}/keys", new { name = "ops", scopes = new[] { "stats:read" } }));
        var keyId = created.GetProperty("keyId").GetString()!;
        var client = _api.WithKey(created.GetProperty("key").GetString()!);
        var firstUse = app.Clock.GetUtcNow();

        await client.GetAsync($"/v1/sites/{siteId}/decisions/{ApiScenario.NewVisitorId()}?purpose=analytics");
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        await client.GetAsync($"/v1/sites/{siteId}/decisions/{ApiScenario.NewVisitorId()}?purpose=analytics");
        var withinMinute = await LastUsedAsync(siteId, keyId);
        app.Clock.Advance(TimeSpan.FromSeconds(31));
        await client.GetAsync($"/v1/sites/{siteId}/decisions/{ApiScenario.NewVisitorId()}?purpose=analytics");

        Assert.Equal(JsonValueKind.Null, created.GetProperty("lastUsedAt").ValueKind);
        Assert.Equal(firstUse, withinMinute);
        Assert.Equal(app.Clock.GetUtcNow(), await LastUsedAsync(siteId, keyId));
    }

    private async Task<DateTimeOffset> LastUsedAsync(string siteId, string keyId)
    {
        var keys = await ApiScenario.ReadJsonAsync(await _api.Admin().GetAsync($"/v1/sites/{siteId}/keys"));
        return keys.EnumerateArray().Single(key => key.GetProperty("keyId").GetString() == keyId).GetProperty("lastUsedAt").GetDateTimeOffset();
    }
}
