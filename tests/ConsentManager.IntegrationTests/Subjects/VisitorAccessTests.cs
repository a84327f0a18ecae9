using System.Net;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Subjects;

/// <summary>Access and erasure are for the site's admins and for the visitor itself; nobody else.</summary>
[Collection(ApiCollection.Name)]
public sealed class VisitorAccessTests(ConsentApiApplication app)
{
    private readonly ApiScenario _api = new(app);
    private readonly ControllerScenario _controller = new(app);

    [Fact]
    public async Task Access_Returns_Every_Receipt_Oldest_First_To_Admin_And_Own_Token()
    {
        var siteId = await _api.CreateSiteAsync();
        var visitorId = ApiScenario.NewVisitorId();
        var first = await _api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes, _api.KnownVisitor(siteId, visitorId));
        var second = await _api.RecordConsentAsync(siteId, "custom", ["analytics"], _api.KnownVisitor(siteId, visitorId));
        var path = $"/v1/sites/{siteId}/visitors/{visitorId}/receipts";

        var byAdmin = await ApiScenario.ReadJsonAsync(await _api.Admin().GetAsync(path));
        var byVisitor = await _controller.Visitor(siteId, visitorId).GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, byVisitor.StatusCode);
        Assert.Equal(byAdmin.ToString(), (await ApiScenario.ReadJsonAsync(byVisitor)).ToString());
        Assert.Equal(visitorId, byAdmin.GetProperty("visitorId").GetString());
        var receipts = byAdmin.GetProperty("receipts").EnumerateArray().Select(r => r.GetProperty("receiptId").GetString()).ToList();
        Assert.Equal([first.GetProperty("receiptId").GetString(), second.GetProperty("receiptId").GetString()], receipts);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, byAdmin.GetProperty("restriction").ValueKind);
    }

    [Theory]
    [InlineData("GET", "/receipts")]
    [InlineData("DELETE", "")]
    public async Task Visitor_Endpoint_Refuses_Strangers(string method, string suffix)
    {
        var siteId = await _api.CreateSiteAsync();
        var otherSiteId = await _api.CreateSiteAsync();
        var visitorId = ApiScenario.NewVisitorId();
        await _api.RecordConsentAsync(siteId, "accept_all", ApiScenario.TemplatePurposes, _api.KnownVisitor(siteId, visitorId));
        var path = $"/v1/sites/{siteId}/visitors/{visitorId}{suffix}";
        var otherAdmin = await _api.ClientWithScopesAsync(otherSiteId, "admin");
        var processor = await _api.ClientWithScopesAsync(siteId, "decisions:read");

        var nobody = await SendAsync(_api.Anonymous(), method, path);
        var forged = await SendAsync(_controller.WithToken($"{visitorId}.AAAAAAAAAAAAAAAAAAAAAA"), method, path);
        var anotherVisitor = await SendAsync(_controller.Visitor(siteId, ApiScenario.NewVisitorId()), method, path);
        var sameVisitorOtherSite = await SendAsync(_controller.Visitor(otherSiteId, visitorId), method, path);
        var otherSitesAdmin = await SendAsync(otherAdmin, method, path);
        var decisionsKey = await SendAsync(processor, method, path);
        var history = await ApiScenario.ReadJsonAsync(await _api.Admin().GetAsync($"/v1/sites/{siteId}/consents/{visitorId}/history"));

        Assert.Contains("Visitor-Token", (await ApiScenario.AssertProblemAsync(nobody, HttpStatusCode.Unauthorized)).GetProperty("detail").GetString());
        Assert.Contains("not valid", (await ApiScenario.AssertProblemAsync(forged, HttpStatusCode.Unauthorized)).GetProperty("detail").GetString());
        Assert.Contains("another visitor", (await ApiScenario.AssertProblemAsync(anotherVisitor, HttpStatusCode.Forbidden)).GetProperty("detail").GetString());
        await ApiScenario.AssertProblemAsync(sameVisitorOtherSite, HttpStatusCode.Unauthorized);
        Assert.Contains("admin", (await ApiScenario.AssertProblemAsync(otherSitesAdmin, HttpStatusCode.Forbidden)).GetProperty("detail").GetString());
        await ApiScenario.AssertProblemAsync(decisionsKey, HttpStatusCode.Forbidden);
        Assert.Equal(1, history.GetArrayLength());
    }

    [Fact]
    public async Task Visitor_Endpoints_Answer_404_For_An_Unknown_Site()
    {
        var visitorId = ApiScenario.NewVisitorId();

        var response = await _api.Admin().GetAsync($"/v1/sites/{ApiScenario.NewSiteId()}/visitors/{visitorId}/receipts");

        Assert.Contains("does not exist", (await ApiScenario.AssertProblemAsync(response, HttpStatusCode.NotFound)).GetProperty("detail").GetString());
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path) =>
        client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
}
