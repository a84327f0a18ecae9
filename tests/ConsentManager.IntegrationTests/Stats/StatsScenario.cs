using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Stats;

/// <summary>Stats test intentions: record receipts as given browsers, read the stats of the test's own site.</summary>
public sealed class StatsScenario(ConsentApiApplication app)
{
    public const string MobileAgent = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 Safari/604.1";
    public const string TabletAgent = "Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Safari/604.1";
    public const string DesktopAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36";
    public const string Sweden = "89.160.20.112";

    public ApiScenario Api { get; } = new(app);

    public string Today => Day(app.Clock.GetUtcNow());

    public static string Day(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A browser with the given user agent, from <paramref name="address"/> (a documentation address: no country).</summary>
    public HttpClient Browser(string userAgent = DesktopAgent, string address = "192.0.2.10")
    {
        var client = Api.FromAddress(address);
        client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        return client;
    }

    /// <summary>Records <paramref name="count"/> receipts from new visitors (minted by the API) and asserts each was created.</summary>
    public async Task RecordAsync(string siteId, int count, string action, string[] granted, HttpClient? browser = null)
    {
        for (var i = 0; i < count; i++)
        {
            var body = ApiScenario.ConsentBody(action, granted);
            var response = await (browser ?? Browser()).PostAsJsonAsync($"/v1/sites/{siteId}/consents", body);
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        }
    }

    public async Task<JsonElement> StatsAsync(string siteId, string query, HttpClient? reader = null)
    {
        var response = await (reader ?? Api.Admin()).GetAsync($"/v1/sites/{siteId}/stats?{query}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await ApiScenario.ReadJsonAsync(response);
    }

    /// <summary>The row with <paramref name="key"/>; fails when there is none.</summary>
    public static JsonElement Row(JsonElement stats, string key) =>
        stats.GetProperty("rows").EnumerateArray().Single(row => row.GetProperty("key").GetString() == key);

    public static long Count(JsonElement row, string field) => row.GetProperty(field).GetInt64();

    public static long Purpose(JsonElement row, string purpose, string field) =>
        row.GetProperty("purposes").GetProperty(purpose).GetProperty(field).GetInt64();
}
