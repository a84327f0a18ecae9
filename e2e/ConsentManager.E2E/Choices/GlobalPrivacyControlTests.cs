using ConsentManager.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ConsentManager.E2E.Choices;

/// <summary>A browser that sends Global Privacy Control: re-targeting (selling/sharing) stays off whatever is accepted.</summary>
[Collection(JobBoardCollection.Name)]
public sealed class GlobalPrivacyControlTests(JobBoardSession session)
{
    private static readonly BrowserNewContextOptions GpcBrowser = new()
    {
        ExtraHTTPHeaders = new Dictionary<string, string> { ["Sec-GPC"] = "1" },
    };

    [Fact]
    public Task Gpc_Forces_Retargeting_Off_Even_On_Accept_All() => session.VisitAsync(async visitor =>
    {
        await visitor.Context.AddInitScriptAsync("Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true })");
        await visitor.OpenAsync();

        await visitor.AcceptAll.ClickAsync();

        await visitor.Api.HitsBecomeAsync("analytics", "job_alert_marketing");
        await visitor.AssertTrackersInertAsync(analytics: false, jobAlert: false);
        var visitorId = await visitor.VisitorIdAsync();
        var receipt = await visitor.Api.ReceiptAsync(await visitor.VisitorTokenAsync());
        Assert.True(receipt.GetProperty("gpc").GetBoolean());
        Assert.False(receipt.GetProperty("choices").GetProperty("retargeting").GetBoolean());
        Assert.True(receipt.GetProperty("choices").GetProperty("analytics").GetBoolean());
        Assert.False((await visitor.Api.DecisionAsync(visitorId, "retargeting")).GetProperty("allowed").GetBoolean());
        await visitor.Page.GetByRole(AriaRole.Link, new() { Name = "Cookie-instellingen", Exact = true }).ClickAsync();
        await Expect(visitor.Page.GetByRole(AriaRole.Switch, new() { Name = "Advertenties op andere sites" })).ToBeDisabledAsync();
        Assert.Equal(["analytics", "job_alert_marketing"], (await visitor.Api.HitsAsync()).Select(hit => hit.Purpose).Order());
    }, GpcBrowser);
}
