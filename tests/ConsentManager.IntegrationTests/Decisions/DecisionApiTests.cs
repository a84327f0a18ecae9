using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConsentManager.Api.Decisions;
using ConsentManager.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ConsentManager.IntegrationTests.Decisions;

[Collection(ApiCollection.Name)]
public sealed class DecisionApiTests(ConsentApiApplication app)
{
    private readonly ApiScenario _api = new(app);

    [Fact]
    public async Task Check_Without_Any_Consent_Returns_No_Consent()
    {
        var siteId = await _api.CreateSiteAsync();
        var processor = await _api.ClientWithScopesAsync(siteId, "decisions:read");
        var visitorId = ApiScenario.NewVisitorId();

        var decision = await _api.DecideAsync(processor, siteId, visitorId, "analytics");

        Assert.Equal(visitorId, decision.GetProperty("visitorId").GetString());
        Assert.Equal("analytics", decision.GetProperty("purpose").GetString());
        Assert.False(decision.GetProperty("allowed").GetBoolean());
        Assert.Equal("no_consent", decision.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Check_After_Custom_Choice_Returns_Granted_And_Denied_Per_Purpose()
    {
        var siteId = await _api.CreateSiteAsync();
        var processor = await _api.ClientWithScopesAsync(siteId, "decisions:read");
        var receipt = await _api.RecordConsentAsync(siteId, "custom", ["analytics"]);
        var visitorId = receipt.GetProperty("visitorId").GetString()!;

        var analytics = await _api.DecideAsync(processor, siteId, visitorId, "analytics");
        var retargeting = await _api.DecideAsync(processor, siteId, visitorId, "retargeting");

        Assert.True(analytics.GetProperty("allowed").GetBoolean());
        Assert.Equal("granted", analytics.GetProperty("reason").GetString());
        Assert.Equal(1, analytics.GetProperty("purposeVersion").GetInt32());
        Assert.Equal(receipt.GetProperty("expiresAt").GetDateTimeOffset(), analytics.GetProperty("expiresAt").GetDateTimeOffset());
        Assert.False(retargeting.GetProperty("allowed").GetBoolean());
        Assert.Equal("denied", retargeting.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Check_After_Withdrawal_Returns_Withdrawn_For_Every_Purpose()
    {
        var siteId = await _api.CreateSiteAsync();
        var processor = await _api.ClientWithScopesAsync(siteId, "decisions:read");
        var visitor = TestVisitor.From(await _api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes));
        var visitorId = visitor.Id;

        var withdrawal = await _api.RecordConsentAsync(siteId, "withdraw", ApiScenario.TemplatePurposes, visitor);

        Assert.All(ApiScenario.TemplatePurposes, purpose => Assert.False(withdrawal.GetProperty("choices").GetProperty(purpose).GetBoolean()));
        foreach (var purpose in ApiScenario.TemplatePurposes)
        {
            var decision = await _api.DecideAsync(processor, siteId, visitorId, purpose);
            Assert.False(decision.GetProperty("allowed").GetBoolean());
            Assert.Equal("withdrawn", decision.GetProperty("reason").GetString());
        }
    }

    [Fact]
    public async Task Check_For_Expired_Consent_Returns_Expired()
    {
        var siteId = await _api.CreateSiteAsync(ApiScenario.SiteBody(lifetimeDays: 1));
        var processor = await _api.ClientWithScopesAsync(siteId, "decisions:read");
        var visitorId = (await _api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes)).GetProperty("visitorId").GetString()!;

        var before = await _api.DecideAsync(processor, siteId, visitorId, "analytics");
        app.Clock.Advance(TimeSpan.FromDays(1));
        var after = await _api.DecideAsync(processor, siteId, visitorId, "analytics");

        Assert.Equal("granted", before.GetProperty("reason").GetString());
        Assert.False(after.GetProperty("allowed").GetBoolean());
        Assert.Equal("expired", after.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Version_Bump_Of_One_Purpose_Outdates_Only_That_Purpose()
    {
        var siteId = await _api.CreateSiteAsync();
        var processor = await _api.ClientWithScopesAsync(siteId, "decisions:read");
        var visitor = TestVisitor.From(await _api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes));
        var visitorId = visitor.Id;

        await _api.PutSiteAsync(siteId, ApiScenario.SiteBody(versions: new Dictionary<string, int> { ["analytics"] = 2 }));
        var analytics = await _api.DecideAsync(processor, siteId, visitorId, "analytics");
        var retargeting = await _api.DecideAsync(processor, siteId, visitorId, "retargeting");
        await _api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes, visitor, new Dictionary<string, int> { ["analytics"] = 2 });
        var reconsented = await _api.DecideAsync(processor, siteId, visitorId, "analytics");

        Assert.False(analytics.GetProperty("allowed").GetBoolean());
        Assert.Equal("policy_outdated", analytics.GetProperty("reason").GetString());
        Assert.Equal(1, analytics.GetProperty("purposeVersion").GetInt32());
        Assert.Equal("granted", retargeting.GetProperty("reason").GetString());
        Assert.Equal("granted", reconsented.GetProperty("reason").GetString());
        Assert.Equal(2, reconsented.GetProperty("purposeVersion").GetInt32());
    }

    [Fact]
    public async Task Check_For_Unknown_Purpose_Returns_400_Naming_It()
    {
        var siteId = await _api.CreateSiteAsync();
        var processor = await _api.ClientWithScopesAsync(siteId, "decisions:read");

        var response = await processor.GetAsync($"/v1/sites/{siteId}/decisions/{ApiScenario.NewVisitorId()}?purpose=ads");

        var problem = await ApiScenario.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains($"Purpose 'ads' is not configured for site '{siteId}'", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Batch_Check_Answers_Every_Visitor_And_Purpose()
    {
        var siteId = await _api.CreateSiteAsync();
        var processor = await _api.ClientWithScopesAsync(siteId, "decisions:read");
        var granted = (await _api.RecordConsentAsync(siteId, "custom", ["retargeting"])).GetProperty("visitorId").GetString()!;
        var unknown = ApiScenario.NewVisitorId();

        var response = await processor.PostAsJsonAsync($"/v1/sites/{siteId}/decisions",
            new { visitorIds = new[] { granted, unknown }, purposes = new[] { "analytics", "retargeting" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var decisions = (await ApiScenario.ReadJsonAsync(response)).GetProperty("decisions").EnumerateArray()
            .ToDictionary(d => (d.GetProperty("visitorId").GetString(), d.GetProperty("purpose").GetString()), d => d.GetProperty("reason").GetString());
        Assert.Equal(4, decisions.Count);
        Assert.Equal("denied", decisions[(granted, "analytics")]);
        Assert.Equal("granted", decisions[(granted, "retargeting")]);
        Assert.Equal("no_consent", decisions[(unknown, "analytics")]);
        Assert.Equal("no_consent", decisions[(unknown, "retargeting")]);
    }

    [Fact]
    public async Task Batch_Is_Written_Byte_For_Byte_As_The_Serializer_Writes_The_Same_Answer()
    {
        var siteId = await _api.CreateSiteAsync();
        var processor = await _api.ClientWithScopesAsync(siteId, "decisions:read");
        var custom = (await _api.RecordConsentAsync(siteId, "custom", ["retargeting"])).GetProperty("visitorId").GetString()!;
        var refused = (await _api.RecordConsentAsync(siteId, "reject_all", [])).GetProperty("visitorId").GetString()!;
        var restricted = (await _api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes)).GetProperty("visitorId").GetString()!;
        await _api.Admin().PutAsync($"/v1/sites/{siteId}/visitors/{restricted}/restriction", null);
        var options = app.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Mvc.JsonOptions>>().Value.JsonSerializerOptions;

        var response = await processor.PostAsJsonAsync($"/v1/sites/{siteId}/decisions", new
        {
            visitorIds = new[] { custom, refused, restricted, ApiScenario.NewVisitorId() },
            purposes = ApiScenario.TemplatePurposes,
        });
        var written = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var answer = JsonSerializer.Deserialize<BatchDecisionResponse>(written, options)!;
        Assert.Equal(16, answer.Decisions.Count);
        Assert.Equal([DecisionReason.Granted, DecisionReason.Denied, DecisionReason.NoConsent, DecisionReason.Restricted],
            answer.Decisions.Select(decision => decision.Reason).Distinct().Order());
        Assert.Equal(JsonSerializer.Serialize(answer, options), written);
    }

    [Theory]
    [InlineData(1001, "analytics", "Between 1 and 1000 visitor ids")]
    [InlineData(0, "analytics", "Between 1 and 1000 visitor ids")]
    [InlineData(2, "ads", "Purpose 'ads' is not configured")]
    public async Task Batch_Check_With_Bad_Input_Returns_400(int visitors, string purpose, string expected)
    {
        var siteId = await _api.CreateSiteAsync();
        var processor = await _api.ClientWithScopesAsync(siteId, "decisions:read");
        var visitorIds = Enumerable.Range(0, visitors).Select(i => $"visitor-{i:D4}-abcdefghijklmnop").ToArray();

        var response = await processor.PostAsJsonAsync($"/v1/sites/{siteId}/decisions", new { visitorIds, purposes = new[] { purpose } });

        var problem = await ApiScenario.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(expected, problem.GetProperty("detail").GetString());
    }
}
