using System.Net;
using System.Net.Http.Json;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Security;

/// <summary>Verified keys are cached in memory per instance; a revocation must still reach every instance.</summary>
[Collection(ApiCollection.Name)]
public sealed class KeyRevocationTests(ConsentApiApplication app)
{
    private readonly ApiScenario _api = new(app);

    [Fact]
    public async Task Key_Revoked_On_One_Instance_Is_Refused_By_Another_That_Cached_It()
    {
        await using var other = new SecondInstanceApplication(app.Redis.Server.Configuration);
        var siteId = await _api.CreateSiteAsync();
        var created = await ApiScenario.ReadJsonAsync(
            await _api.Admin().PostAsJsonAsync($"/v1/sites/{siteId}/keys", new { name = "processor", scopes = new[] { "decisions:read" } }));
        var processor = new ApiScenario(other).WithKey(created.GetProperty("key").GetString()!);
        var path = $"/v1/sites/{siteId}/decisions/{ApiScenario.NewVisitorId()}?purpose=analytics";
        var before = await processor.GetAsync(path);

        var revoke = await _api.Admin().DeleteAsync($"/v1/sites/{siteId}/keys/{created.GetProperty("keyId").GetString()}");
        // Far below the cache lifetime (10 s): only the revocation message can explain a 401 this soon.
        var after = await Poll.UntilAsync(() => processor.GetAsync(path), response => response.StatusCode == HttpStatusCode.Unauthorized,
            TimeSpan.FromSeconds(2));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        await ApiScenario.AssertProblemAsync(after, HttpStatusCode.Unauthorized);
    }
}
