using ConsentManager.Api.Storage;

namespace ConsentManager.Api.Sites;

/// <summary>Development only: makes sure the demo job board <c>demo-jobboard</c> exists, never overwriting edits.</summary>
internal sealed class DemoSiteSeeder(SiteDirectory sites, ISiteStore store, ILogger<DemoSiteSeeder> logger) : IHostedService
{
    public const string SiteId = "demo-jobboard";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (await store.FindAsync(SiteId) is not null)
            {
                return;
            }

            await sites.SaveAsync(SiteId, new SiteDefinition(
                new DataController("Demo Vacaturebank B.V.", "https://demo-jobboard.example/privacy"),
                ["http://localhost:5080", "http://127.0.0.1:5080"],
                Language.Nl,
                RecruitmentTemplate.Purposes), savedBy: "seeder");
            logger.LogInformation("Seeded demo site {SiteId}", SiteId);
        }
        catch (StoreUnavailableException exception)
        {
            logger.LogWarning(exception, "Could not seed demo site {SiteId}: Redis is unreachable", SiteId);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
