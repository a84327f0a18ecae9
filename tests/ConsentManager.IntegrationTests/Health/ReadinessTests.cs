using System.Net;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Health;

/// <summary>/readyz: ready only on a Redis that answers and never evicts consent data.</summary>
[Collection(ApiCollection.Name)]
public sealed class ReadinessTests(ConsentApiApplication app)
{
    private readonly ApiScenario _api = new(app);

    [Theory]
    [InlineData("allkeys-lru")]
    [InlineData("volatile-ttl")]
    public async Task Readiness_On_An_Evicting_Redis_Fails_Naming_The_Setting(string policy)
    {
        var redis = await app.Redis.InspectAsync();
        await redis.ExecuteAsync("CONFIG", "SET", "maxmemory-policy", policy);
        try
        {
            var problem = await ApiScenario.AssertProblemAsync(await _api.Anonymous().GetAsync("/readyz"), HttpStatusCode.ServiceUnavailable);

            Assert.Contains($"maxmemory-policy is '{policy}'", problem.GetProperty("detail").GetString());
            Assert.Contains("noeviction", problem.GetProperty("detail").GetString());
        }
        finally
        {
            await redis.ExecuteAsync("CONFIG", "SET", "maxmemory-policy", "noeviction");
        }
    }

    [Fact]
    public async Task Readiness_On_A_Noeviction_Redis_Is_Ready()
    {
        var response = await _api.Anonymous().GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ready", (await ApiScenario.ReadJsonAsync(response)).GetProperty("status").GetString());
    }
}
