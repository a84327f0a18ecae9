using System.Net.Http.Json;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Privacy;

/// <summary>
/// The whole flow from fixed test addresses, then a scan of every Redis value and every captured log line for
/// those addresses: a raw IP is personal data and must never be stored or logged.
/// </summary>
public sealed class RawAddressScanTests(ConsentApiApplication app) : IClassFixture<ConsentApiApplication>
{
    private const string SwedishVisitor = "89.160.20.112";
    private const string JapaneseVisitor = "2001:218::77";
    private const string Proxy = "10.9.8.7";
    private readonly ApiScenario _api = new(app);

    [Fact]
    public async Task Full_Flow_Leaves_No_Raw_Address_In_Redis_Or_Logs()
    {
        var siteId = await _api.CreateSiteAsync();
        var processor = await _api.ClientWithScopesAsync(siteId, "decisions:read");
        var viaProxy = _api.FromAddress(Proxy, forwardedFor: SwedishVisitor);
        var direct = _api.FromAddress(JapaneseVisitor);
        var grantingVisitor = await _api.NewVisitorAsync(siteId, viaProxy);
        var refusingVisitor = await _api.NewVisitorAsync(siteId, direct);

        await _api.GetConfigAsync(siteId, grantingVisitor, viaProxy);
        var granted = await ApiScenario.ReadJsonAsync(await viaProxy.PostAsJsonAsync($"/v1/sites/{siteId}/consents",
            ApiScenario.ConsentBody("accept_all", ApiScenario.TemplatePurposes, grantingVisitor)));
        await _api.GetConfigAsync(siteId, refusingVisitor, direct);
        var refused = await ApiScenario.ReadJsonAsync(await direct.PostAsJsonAsync($"/v1/sites/{siteId}/consents",
            ApiScenario.ConsentBody("custom", ["analytics"], refusingVisitor)));
        await direct.PostAsJsonAsync($"/v1/sites/{siteId}/consents", ApiScenario.ConsentBody("withdraw", [], refusingVisitor));
        await _api.DecideAsync(processor, siteId, grantingVisitor.Id, "analytics");
        await _api.Admin().GetAsync($"/v1/sites/{siteId}/consents/{grantingVisitor.Id}/history");

        var stored = await app.Redis.AllValuesAsync();
        var logged = app.Logs.Lines;

        // The flow did run from those addresses: countries were found, minimised proof and log lines exist.
        Assert.Equal("SE", granted.GetProperty("country").GetString());
        Assert.Equal("89.160.20.0/24", granted.GetProperty("ipPrefix").GetString());
        Assert.Equal("JP", refused.GetProperty("country").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, refused.GetProperty("ipPrefix").ValueKind);
        Assert.Contains(stored, value => value.Contains("89.160.20.0/24", StringComparison.Ordinal));
        Assert.Contains(logged, line => line.Contains("89.160.20.0/24", StringComparison.Ordinal));
        Assert.Contains(logged, line => line.Contains("2001:218::/48", StringComparison.Ordinal));
        // ...and neither raw address is anywhere.
        foreach (var address in new[] { SwedishVisitor, JapaneseVisitor })
        {
            Assert.DoesNotContain(stored, value => value.Contains(address, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(logged, line => line.Contains(address, StringComparison.OrdinalIgnoreCase));
        }
    }
}
