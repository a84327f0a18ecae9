using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Stats;

/// <summary>The stats API's shape: small-cell suppression, CSV beside JSON, range and parameter validation.</summary>
[Collection(ApiCollection.Name)]
public sealed class StatsQueryTests(ConsentApiApplication app)
{
    private readonly StatsScenario _stats = new(app);

    [Fact]
    public async Task Rows_Below_The_Cell_Size_Are_Suppressed_And_Totals_Only_When_The_Whole_Range_Is()
    {
        var siteId = await _stats.Api.CreateSiteAsync();
        var smallSiteId = await _stats.Api.CreateSiteAsync();
        await _stats.RecordAsync(siteId, 10, "accept_all", ApiScenario.TemplatePurposes, _stats.Browser(address: StatsScenario.Sweden));
        await _stats.RecordAsync(siteId, 3, "reject_all", []);
        await _stats.RecordAsync(smallSiteId, 9, "reject_all", []);
        var query = $"from={_stats.Today}&to={_stats.Today}&groupBy=country";

        var stats = await _stats.StatsAsync(siteId, query);
        var small = await _stats.StatsAsync(smallSiteId, query);

        var sweden = StatsScenario.Row(stats, "SE");
        var few = StatsScenario.Row(stats, "unknown");
        Assert.False(sweden.GetProperty("suppressed").GetBoolean());
        Assert.Equal(10, StatsScenario.Count(sweden, "decisions"));
        Assert.True(few.GetProperty("suppressed").GetBoolean());
        Assert.All(new[] { "impressions", "decisions", "acceptAll", "rejectAll", "custom", "withdraw", "decisionRate" },
            field => Assert.Equal(JsonValueKind.Null, few.GetProperty(field).ValueKind));
        Assert.Equal(JsonValueKind.Null, few.GetProperty("purposes").GetProperty("analytics").GetProperty("granted").ValueKind);
        Assert.Equal(13, StatsScenario.Count(stats.GetProperty("totals"), "decisions"));
        Assert.True(small.GetProperty("totals").GetProperty("suppressed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, small.GetProperty("totals").GetProperty("decisions").ValueKind);
    }

    [Fact]
    public async Task Csv_Holds_The_Same_Rows_As_Json_Whether_Asked_By_Format_Or_Accept()
    {
        var siteId = await _stats.Api.CreateSiteAsync();
        await _stats.RecordAsync(siteId, 10, "custom", ["analytics", "job_alert_marketing"]);
        var query = $"from={_stats.Today}&to={_stats.Today}&groupBy=device";
        var json = await _stats.StatsAsync(siteId, query);
        var byAccept = _stats.Api.Admin();
        byAccept.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        var byFormat = await _stats.Api.Admin().GetAsync($"/v1/sites/{siteId}/stats?{query}&format=csv");
        var negotiated = await byAccept.GetAsync($"/v1/sites/{siteId}/stats?{query}");

        Assert.Equal("text/csv", byFormat.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", byFormat.Content.Headers.ContentDisposition?.DispositionType);
        var csv = await byFormat.Content.ReadAsStringAsync();
        Assert.Equal(csv, await negotiated.Content.ReadAsStringAsync());
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        var desktop = lines[1].Split(',');
        var row = StatsScenario.Row(json, "desktop");
        Assert.Equal(json.GetProperty("rows").GetArrayLength() + 1, lines.Length);
        Assert.Equal(["key", "suppressed", "impressions", "decisions", "acceptAll"], header[..5]);
        Assert.Equal("desktop", desktop[Array.IndexOf(header, "key")]);
        Assert.Equal(row.GetProperty("decisions").GetInt64().ToString(), desktop[Array.IndexOf(header, "decisions")]);
        Assert.Equal(row.GetProperty("custom").GetInt64().ToString(), desktop[Array.IndexOf(header, "custom")]);
        Assert.Equal("1", desktop[Array.IndexOf(header, "analytics.grantRate")]);
        Assert.Equal("10", desktop[Array.IndexOf(header, "retargeting.denied")]);
    }

    [Theory]
    [InlineData("from=2026-03-05&to=2026-03-01", "from", "after 'to'")]
    [InlineData("from=2026-02-30&to=2026-03-01", "from", "'2026-02-30' is not")]
    [InlineData("from=2026-03-01&to=03/02/2026", "to", "'03/02/2026' is not")]
    [InlineData("to=2026-03-01", "from", "'from' is required")]
    [InlineData("from=2025-01-01&to=2026-02-05", "to", "spans 401 days")]
    [InlineData("from=2026-03-01&to=2026-03-01&groupBy=week", "groupBy", "'week' is not")]
    [InlineData("from=2026-03-01&to=2026-03-01&format=xml", "format", "'xml' is not")]
    public async Task Invalid_Query_Is_A_400_Problem_Naming_The_Parameter(string query, string parameter, string message)
    {
        var siteId = await _stats.Api.CreateSiteAsync();

        var response = await _stats.Api.Admin().GetAsync($"/v1/sites/{siteId}/stats?{query}");

        var problem = await ApiScenario.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(message, problem.GetProperty("errors").GetProperty(parameter)[0].GetString());
    }

    [Fact]
    public async Task Range_Of_400_Days_Lists_Every_Day_Oldest_First()
    {
        var siteId = await _stats.Api.CreateSiteAsync();

        var stats = await _stats.StatsAsync(siteId, "from=2025-01-01&to=2026-02-04");

        var rows = stats.GetProperty("rows");
        Assert.Equal(400, rows.GetArrayLength());
        Assert.Equal("2025-01-01", rows[0].GetProperty("key").GetString());
        Assert.Equal("2026-02-04", rows[399].GetProperty("key").GetString());
        Assert.Equal("2025-01-01", stats.GetProperty("from").GetString());
        Assert.True(rows[0].GetProperty("suppressed").GetBoolean());
    }
}
