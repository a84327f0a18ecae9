using ConsentManager.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ConsentManager.E2E.Accessibility;

/// <summary>Every choice can be made with the keyboard alone, in the order the banner shows it.</summary>
[Collection(JobBoardCollection.Name)]
public sealed class KeyboardTests(JobBoardSession session)
{
    [Fact]
    public Task Keyboard_Only_Reject_With_Tab_And_Enter() => session.VisitAsync(async visitor =>
    {
        await visitor.OpenAsync();
        var keyboard = visitor.Page.Keyboard;

        await keyboard.PressAsync("Tab");
        await Expect(visitor.Banner.GetByRole(AriaRole.Link, new() { Name = "Privacyverklaring" })).ToBeFocusedAsync();
        await keyboard.PressAsync("Tab");
        await Expect(visitor.AcceptAll).ToBeFocusedAsync();
        await keyboard.PressAsync("Tab");
        await Expect(visitor.RejectAll).ToBeFocusedAsync();
        await keyboard.PressAsync("Enter");

        await Expect(visitor.Banner).ToBeHiddenAsync();
        await Expect(visitor.Button("Cookie-instellingen")).ToBeFocusedAsync();
        await visitor.SettledAsync();
        await visitor.AssertTrackersInertAsync();
        Assert.Empty(await visitor.Api.HitsAsync());
        Assert.Equal("reject_all", (await visitor.Api.ReceiptAsync(await visitor.VisitorTokenAsync())).GetProperty("action").GetString());
    });

    [Fact]
    public Task Keyboard_Only_Settings_Toggle_With_Space_And_Save() => session.VisitAsync(async visitor =>
    {
        await visitor.OpenAsync();
        var keyboard = visitor.Page.Keyboard;
        var close = visitor.Button("Sluiten");

        await keyboard.PressAsync("Tab");
        await keyboard.PressAsync("Tab");
        await keyboard.PressAsync("Tab");
        await keyboard.PressAsync("Tab");
        await Expect(visitor.Settings).ToBeFocusedAsync();
        await keyboard.PressAsync("Enter");
        await Expect(close).ToBeFocusedAsync();
        await keyboard.PressAsync("Tab");
        await Expect(visitor.Dialog.GetByRole(AriaRole.Link, new() { Name = "Privacyverklaring" })).ToBeFocusedAsync();
        await keyboard.PressAsync("Tab");
        await Expect(visitor.Analytics).ToBeFocusedAsync();
        await keyboard.PressAsync("Space");
        await Expect(visitor.Analytics).ToBeCheckedAsync();
        // Focus is trapped in the dialog: from its first control, Shift+Tab wraps round to "save".
        await keyboard.PressAsync("Shift+Tab");
        await keyboard.PressAsync("Shift+Tab");
        await Expect(close).ToBeFocusedAsync();
        await keyboard.PressAsync("Shift+Tab");
        await Expect(visitor.Save).ToBeFocusedAsync();
        await keyboard.PressAsync("Enter");

        await Expect(visitor.Dialog).ToBeHiddenAsync();
        await Expect(visitor.Banner).ToBeHiddenAsync();
        await visitor.Api.HitsBecomeAsync("analytics");
        var receipt = await visitor.Api.ReceiptAsync(await visitor.VisitorTokenAsync());
        Assert.Equal("custom", receipt.GetProperty("action").GetString());
        Assert.True(receipt.GetProperty("choices").GetProperty("analytics").GetBoolean());
    });
}
