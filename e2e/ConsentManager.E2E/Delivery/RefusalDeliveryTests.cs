using ConsentManager.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ConsentManager.E2E.Delivery;

/// <summary>A refusal must land even when the site changed its purposes while the refusal waited offline.</summary>
[Collection(JobBoardCollection.Name)]
public sealed class RefusalDeliveryTests(JobBoardSession session)
{
    private static readonly string[] OriginalPurposes = ["analytics", "retargeting", "ip_processing", "job_alert_marketing"];

    [Fact]
    public Task Withdrawal_Queued_Offline_Lands_After_The_Admin_Added_A_Purpose() => session.VisitAsync(async visitor =>
    {
        var site = await visitor.Api.CopyDemoSiteAsync();
        await visitor.OpenAsync($"/demo?site={site}");
        await visitor.AcceptAll.ClickAsync();
        var visitorId = await visitor.VisitorIdAsync();
        await visitor.Api.ReceiptAsync(await visitor.VisitorTokenAsync(), site);

        await visitor.Context.SetOfflineAsync(true);
        await visitor.Button("Cookie-instellingen").ClickAsync();
        await visitor.Button("Toestemming intrekken").ClickAsync();
        await Expect(visitor.Dialog).ToBeHiddenAsync();
        Assert.Contains("withdraw", await visitor.Page.EvaluateAsync<string>($"() => localStorage.getItem('cm_queue_{site}')"));

        await visitor.Api.AddPurposeAsync(site, "chat");
        await visitor.Context.SetOfflineAsync(false);
        await visitor.Page.ReloadAsync();
        await visitor.SettledAsync();

        foreach (var purpose in OriginalPurposes)
        {
            var decision = await Eventually.UntilAsync(
                () => visitor.Api.DecisionAsync(visitorId, purpose, site),
                found => found.GetProperty("reason").GetString() == "withdrawn",
                $"a withdrawn decision for {purpose}");
            Assert.False(decision.GetProperty("allowed").GetBoolean());
        }

        Assert.False((await visitor.Api.DecisionAsync(visitorId, "chat", site)).GetProperty("allowed").GetBoolean());
    });
}
