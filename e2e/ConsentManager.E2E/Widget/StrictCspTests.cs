using System.Text.Json;
using ConsentManager.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ConsentManager.E2E.Widget;

/// <summary>
/// The demo under <c>script-src 'self' 'nonce-…'; style-src 'self'</c> (<c>/demo?csp=strict</c>): no inline style or
/// script is allowed, so the widget must style its shadow root through a constructed stylesheet and re-activate the
/// gated inline tag with the page's nonce, without a single CSP violation.
/// </summary>
[Collection(JobBoardCollection.Name)]
public sealed class StrictCspTests(JobBoardSession session)
{
    // Installed before any page script (and outside the page's CSP): every violation the page reports is kept.
    private const string RecordViolations = """
        window.cspViolations = [];
        document.addEventListener('securitypolicyviolation', (event) =>
          window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`));
        """;

    [Fact]
    public Task Widget_Works_Under_A_Strict_Csp_Without_Violations() => session.VisitAsync(async visitor =>
    {
        await visitor.Context.AddInitScriptAsync(RecordViolations);
        var response = await visitor.Page.GotoAsync("/demo?csp=strict");
        Assert.StartsWith("script-src 'self' 'nonce-", response!.Headers["content-security-policy"]);
        await visitor.SettledAsync();
        await Expect(visitor.Banner).ToBeVisibleAsync();
        Assert.Equal("fixed", await visitor.Banner.EvaluateAsync<string>("(banner) => getComputedStyle(banner).position"));

        await visitor.AcceptAll.ClickAsync();

        await visitor.Api.HitsBecomeAsync("analytics", "retargeting", "job_alert_marketing");
        await Expect(visitor.Page.Locator("#job-alert")).ToBeVisibleAsync();
        await visitor.SettledAsync();
        Assert.Empty(await ViolationsAsync(visitor));
    });

    private static async Task<string[]> ViolationsAsync(DemoVisitor visitor)
    {
        using var json = JsonDocument.Parse(await visitor.Page.EvaluateAsync<string>("() => JSON.stringify(window.cspViolations)"));
        return json.RootElement.EnumerateArray().Select(violation => violation.GetString()!).ToArray();
    }
}
