using System.Net;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Exports;

/// <summary>A big site's export, on an API of its own: writing 10,000 receipts loads the machine.</summary>
[Collection(LoadCollection.Name)]
public sealed class LargeExportTests(ConsentApiApplication app) : IClassFixture<ConsentApiApplication>
{
    private readonly ApiScenario _api = new(app);

    [Fact]
    public async Task Export_Of_10000_Receipts_Equals_What_Was_Written()
    {
        var siteId = await _api.CreateSiteAsync();
        await _api.PutSiteAsync(siteId, ApiScenario.SiteBody(lifetimeDays: 120));
        var written = await ExportScenario.RecordManyAsync(_api, siteId, 10_000);

        var response = await _api.Admin().GetAsync($"/v1/sites/{siteId}/export", HttpCompletionOption.ResponseHeadersRead);
        var lines = await ExportScenario.ReadLinesAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("site", lines[0].GetProperty("type").GetString());
        Assert.Equal(10_000, lines[0].GetProperty("receiptCount").GetInt64());
        Assert.Equal(siteId, lines[0].GetProperty("site").GetProperty("siteId").GetString());
        Assert.Equal([182, 120], lines.Skip(1).Take(2).Select(line =>
            line.GetProperty("version").GetProperty("definition").GetProperty("consentLifetimeDays").GetInt32()));
        var exported = lines.Skip(3).Select(line => line.GetProperty("receipt")).ToDictionary(
            receipt => receipt.GetProperty("receiptId").GetString()!, ExportScenario.Summary);
        Assert.Equal(written.Count, exported.Count);
        Assert.All(written, pair => Assert.Equal(pair.Value, exported[pair.Key]));
    }
}
