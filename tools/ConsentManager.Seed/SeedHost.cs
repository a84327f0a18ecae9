using System.Security.Cryptography;
using ConsentManager.Api.Audit;
using ConsentManager.Api.Changes;
using ConsentManager.Api.Consents;
using ConsentManager.Api.Features;
using ConsentManager.Api.Freshness;
using ConsentManager.Api.Geo;
using ConsentManager.Api.Regimes;
using ConsentManager.Api.Sightings;
using ConsentManager.Api.Sites;
using ConsentManager.Api.Stats;
using ConsentManager.Api.Storage;
using ConsentManager.Api.Subjects;
using ConsentManager.Api.Texts;
using ConsentManager.Api.Visitors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ConsentManager.Seed;

/// <summary>
/// The API's write path without HTTP: the same registrations Program.cs makes for recording consents (stores,
/// geo, features, visitors, the recorder and, when <c>counting</c>, the stats observer), on a clock of its own.
/// </summary>
internal static class SeedHost
{
    public static async Task<IHost> StartAsync(string redisConfiguration, SeedClock clock, bool counting)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = redisConfiguration,
            // Seeded visitors' tokens only need to hold within this run; receipts are sealed with the API's MAC keys
            // when Receipts__MacKeys__0 is set (so /verify accepts them), else with a key of this run.
            ["VisitorTokens:Keys:0"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Receipts:MacKeys:0"] = builder.Configuration["Receipts:MacKeys:0"] ?? Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            // The flags at the indexes appsettings.json uses (configuration arrays merge by index), with a 50/50
            // banner A/B test, sticky per visitor, as an operator would configure it.
            ["feature_management:feature_flags:0:id"] = FeatureFlags.GeoRegimes,
            ["feature_management:feature_flags:0:enabled"] = "true",
            ["feature_management:feature_flags:1:id"] = FeatureFlags.ConsentModeV2,
            ["feature_management:feature_flags:1:enabled"] = "true",
            ["feature_management:feature_flags:2:id"] = FeatureFlags.BannerVariants,
            ["feature_management:feature_flags:2:enabled"] = "true",
            ["feature_management:feature_flags:2:variants:0:name"] = BannerVariants.Bar,
            ["feature_management:feature_flags:2:variants:1:name"] = BannerVariants.Dialog,
            ["feature_management:feature_flags:2:allocation:default_when_enabled"] = BannerVariants.Bar,
            ["feature_management:feature_flags:2:allocation:seed"] = "seeded-ab-test",
            ["feature_management:feature_flags:2:allocation:percentile:0:variant"] = BannerVariants.Bar,
            ["feature_management:feature_flags:2:allocation:percentile:0:from"] = "0",
            ["feature_management:feature_flags:2:allocation:percentile:0:to"] = "50",
            ["feature_management:feature_flags:2:allocation:percentile:1:variant"] = BannerVariants.Dialog,
            ["feature_management:feature_flags:2:allocation:percentile:1:from"] = "50",
            ["feature_management:feature_flags:2:allocation:percentile:1:to"] = "100",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        var services = builder.Services;
        services.AddSingleton<TimeProvider>(clock);
        services.AddConsentStorage();
        services.AddGeoLocation();
        services.AddSiteFeatures();
        services.AddSites(builder.Environment);
        services.AddVisitorContext();
        services.AddTexts();
        services.AddConsents();
        services.AddFreshness();
        // The write path checks for erased visitors, which needs the data-subject services and their dependencies.
        services.AddSightings();
        services.AddChangeFeed();
        services.AddAuditTrail();
        services.AddSubjectRights();
        if (counting)
        {
            services.AddStats();
        }

        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    /// <summary>Stops the host and its Redis connection (which only disposes asynchronously).</summary>
    public static async Task StopAsync(IHost host)
    {
        await host.StopAsync();
        await ((IAsyncDisposable)host).DisposeAsync();
    }

    /// <summary>A recruitment site whose visitors fall under every regime: opt-in in Europe, opt-out in the US, notice in AU.</summary>
    public static Task CreateSiteAsync(IHost host, string siteId) =>
        host.Services.GetRequiredService<SiteDirectory>().SaveAsync(siteId, new SiteDefinition(
            new DataController("Seed Vacatures B.V.", "https://seed.example/privacy"),
            ["https://seed.example"],
            Language.Nl,
            RecruitmentTemplate.Purposes,
            Regimes: new SiteRegimes([new RegimeRule("US", Regime.OptOut), new RegimeRule("AU", Regime.Notice)])),
            savedBy: "seed");
}
