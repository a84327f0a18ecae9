using System.Net;
using System.Text.Json;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Exports;

/// <summary>The end-of-contract export (NDJSON, streamed) and the incident window of recorded receipts.</summary>
[Collection(ApiCollection.Name)]
public sealed class SiteExportTests(ConsentApiApplication app)
{
    private readonly ApiScenario _api = new(app);

    [Fact]
    public async Task Receipts_Window_Lists_Receipt_And_Visitor_Ids_Recorded_In_It_Paged()
    {
        var siteId = await _api.CreateSiteAsync();
        var start = app.Clock.GetUtcNow();
        var inWindow = new List<(string, string)>();
        for (var i = 0; i < 5; i++)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(10));
            var receipt = await _api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes);
            if (i is >= 1 and <= 3)
            {
                inWindow.Add((receipt.GetProperty("receiptId").GetString()!, receipt.GetProperty("visitorId").GetString()!));
            }
        }

        var window = $"from={Uri.EscapeDataString(start.AddMinutes(20).ToString("O"))}&to={Uri.EscapeDataString(start.AddMinutes(40).ToString("O"))}";
        var first = await ApiScenario.ReadJsonAsync(await _api.Admin().GetAsync($"/v1/sites/{siteId}/receipts?{window}&limit=2"));
        var cursor = first.GetProperty("nextCursor").GetString();
        var second = await ApiScenario.ReadJsonAsync(await _api.Admin().GetAsync($"/v1/sites/{siteId}/receipts?{window}&limit=2&cursor={cursor}"));

        var listed = first.GetProperty("receipts").EnumerateArray().Concat(second.GetProperty("receipts").EnumerateArray())
            .Select(r => (r.GetProperty("receiptId").GetString()!, r.GetProperty("visitorId").GetString()!)).ToList();
        Assert.Equal(inWindow, listed);
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
    }

    [Theory]
    [InlineData("/export")]
    [InlineData("/receipts")]
    [InlineData("/history")]
    public async Task Site_Data_Endpoints_Refuse_Everyone_But_The_Sites_Admin(string suffix)
    {
        var siteId = await _api.CreateSiteAsync();
        var path = $"/v1/sites/{siteId}{suffix}";
        var processor = await _api.ClientWithScopesAsync(siteId, "decisions:read");
        var otherAdmin = await _api.ClientWithScopesAsync(await _api.CreateSiteAsync(), "admin");
        var visitor = new ControllerScenario(app).Visitor(siteId, ApiScenario.NewVisitorId());

        await ApiScenario.AssertProblemAsync(await _api.Anonymous().GetAsync(path), HttpStatusCode.Unauthorized);
        await ApiScenario.AssertProblemAsync(await visitor.GetAsync(path), HttpStatusCode.Unauthorized);
        await ApiScenario.AssertProblemAsync(await processor.GetAsync(path), HttpStatusCode.Forbidden);
        await ApiScenario.AssertProblemAsync(await otherAdmin.GetAsync(path), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await _api.Admin().GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Export_Of_An_Unknown_Site_Is_A_404_Problem()
    {
        var response = await _api.Admin().GetAsync($"/v1/sites/{ApiScenario.NewSiteId()}/export");

        Assert.Contains("does not exist", (await ApiScenario.AssertProblemAsync(response, HttpStatusCode.NotFound)).GetProperty("detail").GetString());
    }
}
