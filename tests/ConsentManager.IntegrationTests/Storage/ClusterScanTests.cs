using ConsentManager.Api.Storage;
using ConsentManager.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ConsentManager.IntegrationTests.Storage;

/// <summary>
/// A scan (a site's purge, an export) must see every master: with one out of reach it fails, and its caller retries,
/// rather than reporting every key found while that master's keys are still stored. A cluster of its own: the test
/// stops one of its masters.
/// </summary>
public sealed class ClusterScanTests(RedisClusterApplication app) : IClassFixture<RedisClusterApplication>
{
    private readonly ApiScenario _api = new(app);

    [Fact]
    public async Task A_Scan_With_A_Master_Out_Of_Reach_Fails_Naming_It()
    {
        var siteId = await _api.CreateSiteAsync();
        for (var i = 0; i < 10; i++)
        {
            await _api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes);
        }

        var redis = app.Services.GetRequiredService<RedisConnection>();
        var port = await app.StopNodeAsync(2);

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(async () =>
        {
            await foreach (var _ in redis.ScanMastersAsync(RedisKeys.SitePattern(siteId)))
            {
            }
        });
        Assert.Contains($":{port}", error.Message);
    }
}
