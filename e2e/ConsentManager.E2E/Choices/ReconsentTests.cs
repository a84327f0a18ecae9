using ConsentManager.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ConsentManager.E2E.Choices;

/// <summary>A site changes one purpose: only that purpose is asked again. Runs on its own copy of the demo site.</summary>
[Collection(JobBoardCollection.Name)]
public sealed class ReconsentTests(JobBoardSession session)
{
    [Fact]
    public async Task Raised_Purpose_Version_Asks_Only_That_Purpose_And_Keeps_The_Other_Choices()
    {
        var site = await session.Api.CopyDemoSiteAsync();
        var page = $"/demo?site={site}";
        string returningVisitor = "";
        await session.VisitAsync(async visitor =>
        {
            await visitor.OpenAsync(page);
            await visitor.AcceptAll.ClickAsync();
            await visitor.Api.ReceiptAsync(await visitor.VisitorTokenAsync(), site);
            returningVisitor = await visitor.Context.StorageStateAsync();
        });

        await session.Api.BumpPurposeVersionAsync(site, "analytics");

        // The same visitor comes back later: same cookies and storage, an expired HTTP cache.
        await session.VisitAsync(async visitor =>
        {
            await visitor.OpenAsync(page);

            await Expect(visitor.Banner.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(1);
            await Expect(visitor.Banner.GetByRole(AriaRole.Listitem)).ToContainTextAsync("Statistieken");
            await visitor.Api.HitsBecomeAsync("retargeting", "job_alert_marketing");
            await visitor.AssertTrackersInertAsync(retargeting: false, jobAlert: false);
            await visitor.RejectAll.ClickAsync();

            await Expect(visitor.Banner).ToBeHiddenAsync();
            var receipt = await visitor.Api.ReceiptAsync(
                await visitor.VisitorTokenAsync(), site, found => found.GetProperty("purposeVersions").GetProperty("analytics").GetInt32() == 2);
            Assert.Equal(
                ["analytics=False", "ip_processing=True", "job_alert_marketing=True", "retargeting=True"],
                receipt.GetProperty("choices").EnumerateObject().Select(choice => $"{choice.Name}={choice.Value.GetBoolean()}").Order());
            Assert.Equal(2, (await visitor.Api.HistoryAsync(await visitor.VisitorIdAsync(), site)).GetArrayLength());
        }, new BrowserNewContextOptions { StorageState = returningVisitor });
    }
}
