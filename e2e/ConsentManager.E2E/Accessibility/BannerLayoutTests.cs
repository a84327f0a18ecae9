using System.Text.Json;
using ConsentManager.E2E.Infrastructure;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static ConsentManager.E2E.Infrastructure.AxeChecks;
using static Microsoft.Playwright.Assertions;

namespace ConsentManager.E2E.Accessibility;

/// <summary>
/// The banner and the dialog at phone and desktop width: WCAG 2.2 AA by axe-core (which reads the open shadow root),
/// accept and reject equally prominent, and screenshots of both kept in artifacts/e2e.
/// </summary>
[Collection(JobBoardCollection.Name)]
public sealed class BannerLayoutTests(JobBoardSession session)
{
    // What makes a button look more or less inviting: its element, box and type, and its colours.
    private const string Appearance = """
        (button) => {
          const box = button.getBoundingClientRect();
          const style = getComputedStyle(button);
          return JSON.stringify({
            tag: button.tagName, width: box.width, height: box.height,
            fontSize: style.fontSize, fontWeight: style.fontWeight, fontFamily: style.fontFamily,
            color: style.color, background: style.backgroundColor, border: style.borderColor, borderWidth: style.borderWidth,
          });
        }
        """;

    [Theory]
    [InlineData(375, 812)]
    [InlineData(1280, 800)]
    public Task Banner_And_Dialog_Have_No_Axe_Violations(int width, int height) => session.VisitAsync(async visitor =>
    {
        await visitor.OpenAsync();

        await Expect(visitor.Banner).ToBeVisibleAsync();
        AssertNoViolations(await visitor.Page.RunAxe(Wcag22AA), "banner");
        await visitor.Page.ScreenshotAsync(new() { Path = Path.Combine(Repository.Artifacts, $"banner-{width}.png") });
        await visitor.Settings.ClickAsync();
        await Expect(visitor.Dialog).ToBeVisibleAsync();
        AssertNoViolations(await visitor.Page.RunAxe(Wcag22AA), "dialog");
        await visitor.Page.ScreenshotAsync(new() { Path = Path.Combine(Repository.Artifacts, $"dialog-{width}.png") });
    }, new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });

    [Theory]
    [InlineData(375, 812)]
    [InlineData(1280, 800)]
    public Task Accept_And_Reject_Look_The_Same(int width, int height) => session.VisitAsync(async visitor =>
    {
        await visitor.OpenAsync();

        var accept = await visitor.AcceptAll.EvaluateAsync<string>(Appearance);
        var reject = await visitor.RejectAll.EvaluateAsync<string>(Appearance);

        Assert.Equal(accept, reject);
        Assert.Equal("BUTTON", JsonDocument.Parse(accept).RootElement.GetProperty("tag").GetString());
        Assert.True(JsonDocument.Parse(accept).RootElement.GetProperty("height").GetDouble() >= 44, accept);
    }, new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
}
