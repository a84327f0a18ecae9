using System.Net;
using System.Text;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Stats;

/// <summary>Banner displays reported by the widget's beacon: counted anonymously, bots not at all.</summary>
[Collection(ApiCollection.Name)]
public sealed class ImpressionTests(ConsentApiApplication app)
{
    private readonly StatsScenario _stats = new(app);

    [Fact]
    public async Task Beacon_Impressions_Are_Counted_By_Variant_Country_And_Device()
    {
        var siteId = await _stats.Api.CreateSiteAsync();
        var phone = _stats.Browser(StatsScenario.MobileAgent, StatsScenario.Sweden);
        var desktop = _stats.Browser();

        var beacon = await phone.PostAsync(Path(siteId), Beacon("""{"bannerVariant": "dialog"}"""));
        var json = await desktop.PostAsync(Path(siteId), new StringContent("""{"bannerVariant":"bar"}""", Encoding.UTF8, "application/json"));
        var empty = await desktop.PostAsync(Path(siteId), null);
        var range = $"from={_stats.Today}&to={_stats.Today}";
        var byVariant = await _stats.StatsAsync(siteId, $"{range}&groupBy=variant");
        var byDevice = await _stats.StatsAsync(siteId, $"{range}&groupBy=device");
        var byCountry = await _stats.StatsAsync(siteId, $"{range}&groupBy=country");

        Assert.Equal([HttpStatusCode.NoContent, HttpStatusCode.NoContent, HttpStatusCode.NoContent], [beacon.StatusCode, json.StatusCode, empty.StatusCode]);
        Assert.Equal(["bar", "dialog"], byVariant.GetProperty("rows").EnumerateArray().Select(row => row.GetProperty("key").GetString()));
        Assert.Equal(["desktop", "mobile"], byDevice.GetProperty("rows").EnumerateArray().Select(row => row.GetProperty("key").GetString()));
        Assert.Equal(["SE", "unknown"], byCountry.GetProperty("rows").EnumerateArray().Select(row => row.GetProperty("key").GetString()));
    }

    [Fact]
    public async Task Decision_Rate_Divides_Decisions_By_Impressions()
    {
        var siteId = await _stats.Api.CreateSiteAsync();
        for (var i = 0; i < 40; i++)
        {
            Assert.Equal(HttpStatusCode.NoContent, (await _stats.Browser().PostAsync(Path(siteId), Beacon("{}"))).StatusCode);
        }

        await _stats.RecordAsync(siteId, 10, "accept_all", ApiScenario.TemplatePurposes);
        var totals = (await _stats.StatsAsync(siteId, $"from={_stats.Today}&to={_stats.Today}")).GetProperty("totals");

        Assert.Equal(40, StatsScenario.Count(totals, "impressions"));
        Assert.Equal(0.25, totals.GetProperty("decisionRate").GetDouble());
    }

    [Theory]
    [InlineData("Googlebot/2.1 (+http://www.google.com/bot.html)")]
    [InlineData("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 HeadlessChrome/126.0 Safari/537.36")]
    [InlineData("curl/8.5.0")]
    public async Task Bot_Impressions_Are_Accepted_But_Not_Counted(string userAgent)
    {
        var siteId = await _stats.Api.CreateSiteAsync();
        var before = await app.Redis.SnapshotAsync();

        var response = await _stats.Browser(userAgent).PostAsync(Path(siteId), Beacon("""{"bannerVariant":"bar"}"""));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.DoesNotContain((await app.Redis.SnapshotAsync()).Keys.Except(before.Keys), key => key.Contains(siteId, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"bannerVariant":"popup"}""", "bannerVariant", "\"popup\" is not")]
    [InlineData("""{"bannerVariant":"bar","visitorId":"abc"}""", "$", "must be empty or")]
    [InlineData("""not json""", "$", "not JSON")]
    public async Task Malformed_Impression_Is_A_400_Problem(string body, string field, string message)
    {
        var siteId = await _stats.Api.CreateSiteAsync();

        var response = await _stats.Browser().PostAsync(Path(siteId), Beacon(body));

        var problem = await ApiScenario.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(message, problem.GetProperty("errors").GetProperty(field)[0].GetString());
    }

    [Fact]
    public async Task Impression_For_An_Unknown_Site_Is_A_404_Problem()
    {
        var response = await _stats.Browser().PostAsync(Path(ApiScenario.NewSiteId()), Beacon("{}"));

        await ApiScenario.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("https://jobs.example", true)]
    [InlineData("https://evil.example", false)]
    public async Task Beacon_From_The_Sites_Origin_Gets_Allow_Origin_Others_Do_Not(string origin, bool allowed)
    {
        var siteId = await _stats.Api.CreateSiteAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, Path(siteId)) { Content = Beacon("{}") };
        request.Headers.Add("Origin", origin);

        var response = await _stats.Browser().SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(allowed, response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static string Path(string siteId) => $"/v1/sites/{siteId}/impressions";

    // What navigator.sendBeacon sends for a string: a CORS-safelisted content type, so the browser sends no preflight.
    private static StringContent Beacon(string json) => new(json, Encoding.UTF8, "text/plain");
}
