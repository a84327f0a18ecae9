using System.Net;
using System.Text;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Consents;

/// <summary>Bad input is a 4xx problem naming the bad value, and never changes what is stored.</summary>
[Collection(ApiCollection.Name)]
public sealed class BadConsentInputTests(ConsentApiApplication app)
{
    private const string Choices = """{"analytics":true,"retargeting":false,"ip_processing":false,"job_alert_marketing":false}""";
    private const string Versions = """{"analytics":1,"retargeting":1,"ip_processing":1,"job_alert_marketing":1}""";
    private const string Unarchived = "0000000000000000000000000000000000000000000000000000000000000000";
    private readonly ApiScenario _api = new(app);

    [Theory]
    [InlineData("malformed JSON", "{\"action\": ", 400, "not valid JSON")]
    [InlineData("empty body", "", 400, "non-empty request body")]
    [InlineData("array body", "[]", 400, "wrong type")]
    [InlineData("choice of wrong type", $$"""{"action":"custom","choices":{"analytics":"yes"},"purposeVersions":{{Versions}},"language":"nl"}""", 400, "$.choices.analytics")]
    [InlineData("unknown field", $$"""{"action":"custom","choices":{{Choices}},"purposeVersions":{{Versions}},"language":"nl","extra":1}""", 400, "Field 'extra'")]
    [InlineData("unknown action", $$"""{"action":"maybe","choices":{{Choices}},"purposeVersions":{{Versions}},"language":"nl"}""", 400, "$.action")]
    [InlineData("numeric action", $$"""{"action":0,"choices":{{Choices}},"purposeVersions":{{Versions}},"language":"nl"}""", 400, "$.action")]
    [InlineData("null choices", $$"""{"action":"custom","choices":null,"purposeVersions":{{Versions}},"language":"nl"}""", 400, "must not be null")]
    [InlineData("missing action", $$"""{"choices":{{Choices}},"purposeVersions":{{Versions}},"language":"nl"}""", 400, "'action'")]
    [InlineData("unsupported language", $$"""{"action":"custom","choices":{{Choices}},"purposeVersions":{{Versions}},"language":"de"}""", 400, "$.language")]
    [InlineData("unknown purpose", $$"""{"action":"custom","choices":{"analytics":true,"retargeting":false,"ip_processing":false,"job_alert_marketing":false,"ads":true},"purposeVersions":{{Versions}},"language":"nl"}""", 400, "Purpose 'ads' is not configured for site")]
    [InlineData("missing purpose", $$"""{"action":"custom","choices":{"analytics":true,"retargeting":false,"job_alert_marketing":false},"purposeVersions":{{Versions}},"language":"nl"}""", 400, "purpose 'ip_processing' is required")]
    [InlineData("version that does not exist", $$"""{"action":"custom","choices":{{Choices}},"purposeVersions":{"analytics":9,"retargeting":1,"ip_processing":1,"job_alert_marketing":1},"language":"nl"}""", 400, "Version 9 of purpose 'analytics' does not exist")]
    [InlineData("accept_all with a refusal", $$"""{"action":"accept_all","choices":{{Choices}},"purposeVersions":{{Versions}},"language":"nl"}""", 400, "'accept_all' needs purpose 'retargeting' to be true")]
    [InlineData("visitor id out of pattern", $$"""{"action":"custom","visitorId":"short","choices":{{Choices}},"purposeVersions":{{Versions}},"language":"nl"}""", 400, "Visitor id 'short'")]
    [InlineData("receipt id not a UUID", $$"""{"action":"custom","receiptId":"abc","choices":{{Choices}},"purposeVersions":{{Versions}},"language":"nl"}""", 400, "Receipt id 'abc'")]
    [InlineData("text hash never archived", $$"""{"action":"custom","textHash":"sha256:{{Unarchived}}","choices":{{Choices}},"purposeVersions":{{Versions}},"language":"nl"}""", 400, "names no text set of site")]
    [InlineData("text hash with spaces", $$"""{"action":"custom","textHash":"a b","choices":{{Choices}},"purposeVersions":{{Versions}},"language":"nl"}""", 400, "Text hash 'a b'")]
    public async Task Bad_Consent_Body_Returns_Problem_And_Leaves_Redis_Unchanged(string description, string body, int status, string expected)
    {
        var siteId = await _api.CreateSiteAsync();
        await _api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes);
        var before = await app.Redis.SnapshotAsync();

        var response = await _api.Anonymous().PostAsync($"/v1/sites/{siteId}/consents", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await ApiScenario.AssertProblemAsync(response, (HttpStatusCode)status);
        Assert.True(problem.GetRawText().Contains(expected, StringComparison.Ordinal), $"{description}: {problem.GetRawText()}");
        Assert.Equal(before, await app.Redis.SnapshotAsync());
    }

    [Theory]
    [InlineData("Bad_Site", 400, "siteId 'Bad_Site' does not match")]
    [InlineData("no-such-site", 404, "Site 'no-such-site' does not exist")]
    public async Task Consent_For_Bad_Or_Unknown_Site_Returns_Problem(string siteId, int status, string expected)
    {
        var before = await app.Redis.SnapshotAsync();

        var response = await _api.PostConsentAsync(siteId, ApiScenario.ConsentBody("reject_all", []));

        var problem = await ApiScenario.AssertProblemAsync(response, (HttpStatusCode)status);
        Assert.Contains(expected, problem.GetProperty("detail").GetString());
        Assert.Equal(before, await app.Redis.SnapshotAsync());
    }

    [Fact]
    public async Task Body_Over_16_KiB_Returns_413_And_Leaves_Redis_Unchanged()
    {
        var siteId = await _api.CreateSiteAsync();
        var body = ApiScenario.ConsentBody("custom", ["analytics"]);
        body["textHash"] = new string('a', 17 * 1024);
        var before = await app.Redis.SnapshotAsync();

        var response = await _api.PostConsentAsync(siteId, body);

        var problem = await ApiScenario.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("at most 16384", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await app.Redis.SnapshotAsync());
    }

    [Theory]
    [InlineData("/v1/sites/{0}/consents/short", 400, "visitorId 'short' does not match")]
    [InlineData("/v1/sites/{0}/config?lang=de", 400, "Language 'de' is not supported")]
    public async Task Bad_Route_Or_Query_Value_Returns_400_Naming_It(string path, int status, string expected)
    {
        var siteId = await _api.CreateSiteAsync();

        var response = await _api.Anonymous().GetAsync(string.Format(path, siteId));

        var problem = await ApiScenario.AssertProblemAsync(response, (HttpStatusCode)status);
        Assert.Contains(expected, problem.GetProperty("detail").GetString());
    }
}
