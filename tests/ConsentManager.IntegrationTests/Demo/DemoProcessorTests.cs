using System.Buffers.Text;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ConsentManager.Client;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Demo;

/// <summary>The demo's back end checks consent through the client package before converting or mailing.</summary>
public sealed class DemoProcessorTests(DemoApplication app) : IClassFixture<DemoApplication>
{
    private const string SiteId = "demo-jobboard";

    private readonly ApiScenario _api = new(app);

    [Fact]
    public async Task Application_Sends_A_Conversion_Only_For_A_Visitor_Who_Allows_Retargeting()
    {
        var allowing = await VisitorWithAsync("accept_all");
        var refusing = await VisitorWithAsync("reject_all");

        foreach (var visitor in new[] { allowing, refusing })
        {
            var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "Sam", ["email"] = "sam@example.nl", ["cv"] = "Ervaren." });
            var response = await Browser(visitor).PostAsync("/demo/vacatures/dotnet-amsterdam/solliciteren", form);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }

        var outbox = await OutboxAsync();
        Assert.Contains(("conversion", Hint(allowing)), outbox);
        Assert.DoesNotContain(outbox, sent => sent.Visitor == Hint(refusing));
    }

    [Fact]
    public async Task Job_Alert_Mailer_Writes_Sent_Records_Only_For_Allowing_Subscribers()
    {
        var allowing = await VisitorWithAsync("accept_all");
        var refusing = await VisitorWithAsync("reject_all");
        var undecided = await _api.NewVisitorAsync(SiteId);
        foreach (var visitor in new[] { allowing, refusing, undecided })
        {
            Assert.True((await Browser(visitor).PostAsync("/demo/job-alerts", null)).IsSuccessStatusCode);
        }

        var run = await _api.Anonymous().PostAsync("/demo/mailer/run", null);

        var sent = (await ApiScenario.ReadJsonAsync(run)).EnumerateArray().Select(item => item.GetProperty("visitor").GetString()).ToList();
        Assert.Contains(Hint(allowing), sent);
        Assert.DoesNotContain(Hint(refusing), sent);
        Assert.DoesNotContain(Hint(undecided), sent);
        Assert.Contains(("job_alert", Hint(allowing)), await OutboxAsync());
    }

    private async Task<TestVisitor> VisitorWithAsync(string action)
    {
        var granted = action == "accept_all" ? ApiScenario.TemplatePurposes : [];
        return TestVisitor.From(await _api.RecordConsentAsync(SiteId, action, granted));
    }

    // The widget's cookie as the browser sends it back: base64url JSON; the token alone names the visitor.
    private HttpClient Browser(TestVisitor visitor)
    {
        var client = _api.Anonymous();
        var record = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { visitorToken = visitor.Token })));
        client.DefaultRequestHeaders.Add("Cookie", $"{ConsentCookieVisitorAccessor.CookiePrefix}{SiteId}={record}");
        return client;
    }

    private async Task<IReadOnlyList<(string Kind, string Visitor)>> OutboxAsync()
    {
        var sent = await _api.Anonymous().GetFromJsonAsync<JsonElement>("/demo/outbox");
        return sent.EnumerateArray().Select(item => (item.GetProperty("kind").GetString()!, item.GetProperty("visitor").GetString()!)).ToList();
    }

    private static string Hint(TestVisitor visitor) => visitor.Id[..8];
}
