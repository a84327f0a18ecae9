using System.Text.Json;
using ConsentManager.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ConsentManager.E2E.Choices;

/// <summary>The visitor's own data-subject requests from the settings dialog: download, then delete.</summary>
[Collection(JobBoardCollection.Name)]
public sealed class MyDataTests(JobBoardSession session)
{
    [Fact]
    public Task Visitor_Downloads_And_Deletes_Its_Data_From_The_Dialog() => session.VisitAsync(async visitor =>
    {
        await visitor.OpenAsync();
        await visitor.AcceptAll.ClickAsync();
        var visitorId = await visitor.VisitorIdAsync();
        var token = await visitor.VisitorTokenAsync();
        await visitor.Api.ReceiptAsync(token);

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
        Assert.Null(await visitor.Api.ReceiptOrNullAsync(token));
        Assert.Equal("no_consent", (await visitor.Api.DecisionAsync(visitorId, "analytics")).GetProperty("reason").GetString());
    });
}
