using ConsentManager.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ConsentManager.E2E.Choices;

/// <summary>The second layer: choosing per purpose, leaving without choosing, and withdrawing.</summary>
[Collection(JobBoardCollection.Name)]
public sealed class SettingsDialogTests(JobBoardSession session)
{
    [Fact]
    public Task Custom_Choice_Of_Analytics_Only_Fires_Only_Analytics() => session.VisitAsync(async visitor =>
    {
        await visitor.OpenAsync();

        await visitor.Settings.ClickAsync();
        await Expect(visitor.Analytics).Not.ToBeCheckedAsync();
        await visitor.Analytics.CheckAsync();
        await visitor.Save.ClickAsync();

        await Expect(visitor.Dialog).ToBeHiddenAsync();
        await Expect(visitor.Banner).ToBeHiddenAsync();
        await visitor.Api.HitsBecomeAsync("analytics");
        await visitor.AssertTrackersInertAsync(analytics: false);
        var receipt = await visitor.Api.ReceiptAsync(await visitor.VisitorTokenAsync());
        Assert.Equal("custom", receipt.GetProperty("action").GetString());
        Assert.Equal(
            ["analytics=True", "ip_processing=False", "job_alert_marketing=False", "retargeting=False"],
            receipt.GetProperty("choices").EnumerateObject().Select(choice => $"{choice.Name}={choice.Value.GetBoolean()}").Order());
        Assert.Equal(["analytics"], (await visitor.Api.HitsAsync()).Select(hit => hit.Purpose));
    });

    [Fact]
    public Task Escape_Close_And_Clicking_Outside_Grant_Nothing() => session.VisitAsync(async visitor =>
    {
        await visitor.OpenAsync();

        await visitor.Settings.ClickAsync();
        await visitor.Analytics.CheckAsync();
        await visitor.Page.Keyboard.PressAsync("Escape");
        await Expect(visitor.Dialog).ToBeHiddenAsync();
        await visitor.Settings.ClickAsync();
        await Expect(visitor.Analytics).Not.ToBeCheckedAsync();
        await visitor.Analytics.CheckAsync();
        await visitor.Button("Sluiten").ClickAsync();
        await Expect(visitor.Dialog).ToBeHiddenAsync();
        await visitor.Settings.ClickAsync();
        await visitor.Analytics.CheckAsync();
        // The backdrop's corner: outside the centred dialog.
        await visitor.Page.Mouse.ClickAsync(8, 8);
        await Expect(visitor.Dialog).ToBeHiddenAsync();
        await visitor.Page.GetByRole(AriaRole.Heading, new() { Name = "Vind je nieuwe baan" }).ClickAsync();

        await Expect(visitor.Banner).ToBeVisibleAsync();
        await visitor.SettledAsync();
        await visitor.AssertTrackersInertAsync();
        Assert.Null(await visitor.LocalStateAsync());
        Assert.DoesNotContain(await visitor.CookieNamesAsync(), name => name.StartsWith("cm_consent_") || name.StartsWith("_demo_"));
        Assert.Empty(await visitor.Api.HitsAsync());
        // No receipt: the processor's answer for this visitor is still "no consent".
        Assert.Equal("no_consent", (await visitor.Api.DecisionAsync(await visitor.VisitorIdAsync(), "analytics")).GetProperty("reason").GetString());
    });

    [Fact]
    public Task Withdraw_Flips_The_Decision_Deletes_Declared_Cookies_And_Updates_Consent_Mode() => session.VisitAsync(async visitor =>
    {
        await visitor.OpenAsync();
        await visitor.AcceptAll.ClickAsync();
        await visitor.Api.HitsBecomeAsync("analytics", "retargeting", "job_alert_marketing");
        var visitorId = await visitor.VisitorIdAsync();
        Assert.True((await visitor.Api.DecisionAsync(visitorId, "analytics")).GetProperty("allowed").GetBoolean());
        await Eventually.UntilAsync(visitor.CookieNamesAsync, names => names.Contains("_demo_ga") && names.Contains("_demo_ga_x"), "analytics cookies set");

        await visitor.Page.GetByRole(AriaRole.Link, new() { Name = "Cookie-instellingen", Exact = true }).ClickAsync();
        await visitor.Button("Toestemming intrekken").ClickAsync();

        await Expect(visitor.Dialog).ToBeHiddenAsync();
        await Eventually.UntilAsync(visitor.CookieNamesAsync, names => !names.Any(name => name.StartsWith("_demo_ga")), "analytics cookies deleted");
        var update = (await visitor.ConsentUpdatesAsync()).Last();
        Assert.All(update.EnumerateObject(), signal => Assert.Equal("denied", signal.Value.GetString()));
        var decision = await Eventually.UntilAsync(
            () => visitor.Api.DecisionAsync(visitorId, "analytics"), found => found.GetProperty("reason").GetString() == "withdrawn", "a withdrawn decision");
        Assert.False(decision.GetProperty("allowed").GetBoolean());
        Assert.Equal("withdraw", (await visitor.Api.ReceiptAsync(await visitor.VisitorTokenAsync())).GetProperty("action").GetString());
    });
}
