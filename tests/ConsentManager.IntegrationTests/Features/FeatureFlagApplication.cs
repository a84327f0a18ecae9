using System.Text.Json.Nodes;
using ConsentManager.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace ConsentManager.IntegrationTests.Features;

/// <summary>The API with its feature flags in a JSON file the tests rewrite while it runs.</summary>
public sealed class FeatureFlagApplication : ConsentApiApplication
{
    private readonly string _flagsFile = Path.Combine(Directory.CreateTempSubdirectory("consentmanager-flags-").FullName, "flags.json");

    public override async Task InitializeAsync()
    {
        WriteFlags(geoRegimesExcluded: [], consentModeExcluded: [], bannerVariants: null);
        await base.InitializeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Reloaded on change, like an operator editing appsettings.json: flags must follow without a restart.
        builder.ConfigureAppConfiguration(configuration => configuration.AddJsonFile(_flagsFile, optional: false, reloadOnChange: true));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        var directory = Path.GetDirectoryName(_flagsFile)!;
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Writes all three flags (configuration arrays merge by index, so the file always defines every one).</summary>
    public void WriteFlags(string[] geoRegimesExcluded, string[] consentModeExcluded, JsonObject? bannerVariants)
    {
        var flags = new JsonArray(
            TargetedFlag("GeoRegimes", geoRegimesExcluded),
            TargetedFlag("ConsentModeV2", consentModeExcluded),
            bannerVariants ?? new JsonObject { ["id"] = "BannerVariants", ["enabled"] = false });
        var document = new JsonObject { ["feature_management"] = new JsonObject { ["feature_flags"] = flags } };
        var temporary = _flagsFile + ".tmp";
        File.WriteAllText(temporary, document.ToJsonString());
        File.Move(temporary, _flagsFile, overwrite: true);
    }

    private static JsonObject TargetedFlag(string id, string[] excludedSites) => new()
    {
        ["id"] = id,
        ["enabled"] = true,
        ["conditions"] = new JsonObject
        {
            ["client_filters"] = new JsonArray(new JsonObject
            {
                ["name"] = "Microsoft.Targeting",
                ["parameters"] = new JsonObject
                {
                    ["Audience"] = new JsonObject
                    {
                        ["DefaultRolloutPercentage"] = 100,
                        ["Exclusion"] = new JsonObject { ["Groups"] = new JsonArray(excludedSites.Select(site => (JsonNode)site!).ToArray()) },
                    },
                },
            }),
        },
    };
}
