using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConsentManager.Api.Visitors;
using ConsentManager.E2E.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ConsentManager.E2E.Choices;

/// <summary>The visitor's own data-subject requests from the settings dialog: download, then delete.</summary>
[Collection(JobBoardCollection.Name)]
public sealed class MyDataTests(JobBoardSession session)
{
    private const string ConsentCookie = "cm_consent_" + ConsentApi.DemoSite;

    [Fact]
    public Task Visitor_Downloads_And_Deletes_Its_Data_From_The_Dialog() => session.VisitAsync(async visitor =>
    {
        await visitor.OpenAsync();
        await visitor.AcceptAll.ClickAsync();
        var visitorId = await visitor.VisitorIdAsync();
        await visitor.Api.ReceiptAsync(visitorId);
        await EnsureVisitorTokenAsync(visitor, visitorId);

        await visitor.Page.GetByRole(AriaRole.Link, new() { Name = "Cookie-instellingen", Exact = true }).ClickAsync();
        var download = await visitor.Page.RunAndWaitForDownloadAsync(() => visitor.Button("Mijn gegevens downloaden").ClickAsync());
        using var data = JsonDocument.Parse(await File.ReadAllTextAsync((await download.PathAsync())!));
        await visitor.Button("Mijn gegevens verwijderen").ClickAsync();
        await visitor.Button("Bevestig: alles verwijderen").ClickAsync();

        Assert.Equal("my-consent-data.json", download.SuggestedFilename);
        Assert.Equal(visitorId, data.RootElement.GetProperty("visitorId").GetString());
        Assert.Equal("accept_all", Assert.Single(data.RootElement.GetProperty("receipts").EnumerateArray()).GetProperty("action").GetString());
        await Expect(visitor.Banner).ToBeVisibleAsync();
        await visitor.SettledAsync();
        Assert.NotEqual(visitorId, await visitor.VisitorIdAsync());
        Assert.Null(await visitor.LocalStateAsync());
        Assert.Null(await visitor.Api.ReceiptOrNullAsync(visitorId));
        Assert.Equal("no_consent", (await visitor.Api.DecisionAsync(visitorId, "analytics")).GetProperty("reason").GetString());
    });

    // The ledger's widget keeps the API-issued token in its consent cookie; until a widget does, the test puts the
    // token the API would have issued there, as that widget would.
    private static async Task EnsureVisitorTokenAsync(DemoVisitor visitor, string visitorId)
    {
        var cookie = (await visitor.Context.CookiesAsync()).Single(c => c.Name == ConsentCookie);
        var record = JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(Padded(cookie.Value))))!.AsObject();
        if (record["visitorToken"] is not null)
        {
            return;
        }

        var tokens = new VisitorTokens(Options.Create(new VisitorTokenOptions { Keys = [ConsentManagerServer.VisitorTokenKey] }));
        record["visitorToken"] = tokens.Issue(ConsentApi.DemoSite, visitorId);
        var value = Convert.ToBase64String(Encoding.UTF8.GetBytes(record.ToJsonString())).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await visitor.Context.AddCookiesAsync([new Cookie { Name = ConsentCookie, Value = value, Domain = cookie.Domain, Path = cookie.Path }]);
    }

    private static string Padded(string base64Url) =>
        base64Url.Replace('-', '+').Replace('_', '/').PadRight(base64Url.Length + (4 - base64Url.Length % 4) % 4, '=');
}
