using ConsentManager.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ConsentManager.E2E.Choices;

/// <summary>The first layer's two answers, and what the stand-in trackers do before and after them.</summary>
[Collection(JobBoardCollection.Name)]
public sealed class AcceptAndRejectTests(JobBoardSession session)
{
    [Fact]
    public Task Nothing_Fires_Before_A_Choice() => session.VisitAsync(async visitor =>
    {
        await visitor.OpenAsync();

        await Expect(visitor.Banner).ToBeVisibleAsync();
        await visitor.AssertTrackersInertAsync();
        Assert.Empty(await visitor.Api.HitsAsync());
        Assert.DoesNotContain(await visitor.CookieNamesAsync(), name => name.StartsWith("_demo_"));
        Assert.Empty(await visitor.ConsentUpdatesAsync());
        Assert.Null(await visitor.LocalStateAsync());
        // No receipt: the processor's answer for this visitor is still "no consent".
        Assert.Equal("no_consent", (await visitor.Api.DecisionAsync(await visitor.VisitorIdAsync(), "analytics")).GetProperty("reason").GetString());
    });

    [Fact]
    public Task Accept_All_Fires_Every_Tracker_Stores_The_Receipt_And_Allows_Decisions() => session.VisitAsync(async visitor =>
    {
        await visitor.OpenAsync();
        var chosenAt = DateTimeOffset.UtcNow;

        await visitor.AcceptAll.ClickAsync();

        await Expect(visitor.Banner).ToBeHiddenAsync();
        await Expect(visitor.Page.GetByRole(AriaRole.Heading, new() { Name = "Vacaturetips per e-mail" })).ToBeVisibleAsync();
        var hits = await visitor.Api.HitsBecomeAsync("analytics", "retargeting", "job_alert_marketing");
        Assert.All(hits, hit => Assert.True(hit.At >= chosenAt && hit.Page == "/demo", $"{hit} (chosen at {chosenAt:O})"));
        var visitorId = await visitor.VisitorIdAsync();
        var receipt = await visitor.Api.ReceiptAsync(await visitor.VisitorTokenAsync());
        Assert.Equal("accept_all", receipt.GetProperty("action").GetString());
        Assert.All(receipt.GetProperty("choices").EnumerateObject(), choice => Assert.True(choice.Value.GetBoolean(), choice.Name));
        Assert.Contains("_demo_ga", await visitor.CookieNamesAsync());
        Assert.Contains("_demo_ga_x", await visitor.CookieNamesAsync());
        Assert.Equal("granted", (await visitor.ConsentUpdatesAsync()).Last().GetProperty("ad_storage").GetString());
        foreach (var purpose in new[] { "analytics", "retargeting", "ip_processing", "job_alert_marketing" })
        {
            var decision = await visitor.Api.DecisionAsync(visitorId, purpose);
            Assert.True(decision.GetProperty("allowed").GetBoolean(), purpose);
            Assert.Equal("granted", decision.GetProperty("reason").GetString());
        }
    });

    [Fact]
    public Task Reject_All_Fires_Nothing_Across_Page_Loads() => session.VisitAsync(async visitor =>
    {
        await visitor.OpenAsync();

        await visitor.RejectAll.ClickAsync();

        await Expect(visitor.Banner).ToBeHiddenAsync();
        await visitor.Page.GetByRole(AriaRole.Searchbox, new() { Name = "Functie, bedrijf of plaats" }).FillAsync("Amsterdam");
        await visitor.Button("Zoeken").ClickAsync();
        await Expect(visitor.Page.GetByRole(AriaRole.Heading, new() { Name = "1 vacature", Exact = true })).ToBeVisibleAsync();
        await visitor.SettledAsync();
        await visitor.AssertTrackersInertAsync();
        await visitor.Page.GetByRole(AriaRole.Link, new() { Name = "Junior .NET-ontwikkelaar" }).ClickAsync();
        await Expect(visitor.Page.GetByRole(AriaRole.Heading, new() { Name = "Junior .NET-ontwikkelaar", Level = 1 })).ToBeVisibleAsync();
        await visitor.SettledAsync();
        await visitor.AssertTrackersInertAsync();
        await visitor.Page.GetByRole(AriaRole.Link, new() { Name = "Solliciteer direct" }).ClickAsync();
        await visitor.Page.GetByRole(AriaRole.Textbox, new() { Name = "Naam", Exact = true }).FillAsync("Sanne de Vries");
        await visitor.Page.GetByRole(AriaRole.Textbox, new() { Name = "E-mailadres", Exact = true }).FillAsync("sanne@example.nl");
        await visitor.Page.GetByRole(AriaRole.Textbox, new() { Name = "Cv of motivatie" }).FillAsync("Vijf jaar ervaring met C# en ASP.NET Core.");
        await visitor.SettledAsync();
        await visitor.AssertTrackersInertAsync();
        await visitor.Button("Verstuur sollicitatie").ClickAsync();
        await Expect(visitor.Page.GetByRole(AriaRole.Heading, new() { Name = "Bedankt voor je sollicitatie!" })).ToBeVisibleAsync();
        await visitor.SettledAsync();
        await visitor.AssertTrackersInertAsync();
        await Expect(visitor.Banner).ToBeHiddenAsync();
        Assert.Empty(await visitor.Api.HitsAsync());
        Assert.DoesNotContain(await visitor.CookieNamesAsync(), name => name.StartsWith("_demo_"));
        var visitorId = await visitor.VisitorIdAsync();
        Assert.Equal("reject_all", (await visitor.Api.ReceiptAsync(await visitor.VisitorTokenAsync())).GetProperty("action").GetString());
        Assert.Equal("denied", (await visitor.Api.DecisionAsync(visitorId, "analytics")).GetProperty("reason").GetString());
    });
}
