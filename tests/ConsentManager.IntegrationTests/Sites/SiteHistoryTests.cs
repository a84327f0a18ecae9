using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Sites;

/// <summary>Every saved site definition is kept with who saved it and when; the controller names its contacts.</summary>
[Collection(ApiCollection.Name)]
public sealed class SiteHistoryTests(ConsentApiApplication app)
{
    private readonly ApiScenario _api = new(app);

    [Fact]
    public async Task History_Lists_Every_Definition_With_Who_And_When_Oldest_First()
    {
        var siteId = await _api.CreateSiteAsync();
        var created = app.Clock.GetUtcNow();
        var siteAdminKey = await _api.CreateKeyAsync(siteId, "admin");
        app.Clock.Advance(TimeSpan.FromHours(1));
        var update = await _api.WithKey(siteAdminKey).PutAsJsonAsync($"/v1/sites/{siteId}", ApiScenario.SiteBody(lifetimeDays: 30));

        var history = await ApiScenario.ReadJsonAsync(await _api.Admin().GetAsync($"/v1/sites/{siteId}/history"));

        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        var versions = history.EnumerateArray().ToList();
        Assert.Equal([1, 2], versions.Select(version => version.GetProperty("version").GetInt32()));
        Assert.Equal(["bootstrap", siteAdminKey[4..20]], versions.Select(version => version.GetProperty("savedBy").GetString()));
        Assert.Equal([created, created.AddHours(1)], versions.Select(version => version.GetProperty("savedAt").GetDateTimeOffset()));
        Assert.Equal([182, 30], versions.Select(version => version.GetProperty("definition").GetProperty("consentLifetimeDays").GetInt32()));
    }

    [Fact]
    public async Task Controller_Contact_And_Dpo_Emails_Are_Stored_And_Returned()
    {
        var body = ApiScenario.SiteBody();
        body["controller"]!["contactEmail"] = "privacy@jobs.example";
        body["controller"]!["dpoEmail"] = "dpo@jobs.example";

        var siteId = await _api.CreateSiteAsync(body);
        var site = await ApiScenario.ReadJsonAsync(await _api.Admin().GetAsync($"/v1/sites/{siteId}"));

        Assert.Equal("privacy@jobs.example", site.GetProperty("controller").GetProperty("contactEmail").GetString());
        Assert.Equal("dpo@jobs.example", site.GetProperty("controller").GetProperty("dpoEmail").GetString());
    }

    [Theory]
    [InlineData("contactEmail", "not-an-address")]
    [InlineData("dpoEmail", "Name <dpo@jobs.example>")]
    public async Task Controller_Email_That_Is_Not_An_Address_Is_Refused(string field, string value)
    {
        var body = ApiScenario.SiteBody();
        body["controller"]![field] = JsonValue.Create(value);

        var response = await _api.Admin().PutAsJsonAsync($"/v1/sites/{ApiScenario.NewSiteId()}", body);

        var problem = await ApiScenario.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(value, problem.GetProperty("errors").GetProperty($"controller.{field}")[0].GetString());
    }
}
