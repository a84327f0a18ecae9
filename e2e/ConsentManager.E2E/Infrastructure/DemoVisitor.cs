using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ConsentManager.E2E.Infrastructure;

/// <summary>One visitor of the demo job board: a browser context with its page, and the widget as they meet it.</summary>
public sealed class DemoVisitor(IBrowserContext context, IPage page, ConsentApi api)
{
    public IBrowserContext Context { get; } = context;

    public IPage Page { get; } = page;

    public ConsentApi Api { get; } = api;

    public ILocator Banner => Page.GetByRole(AriaRole.Region, new() { Name = "Cookie-toestemming", Exact = true });

    public ILocator Dialog => Page.GetByRole(AriaRole.Dialog, new() { Name = "Cookie-instellingen", Exact = true });

    public ILocator AcceptAll => Button("Alles accepteren");

    public ILocator RejectAll => Button("Alles weigeren");

    public ILocator Settings => Button("Instellingen");

    public ILocator Save => Button("Keuze opslaan");

    public ILocator Analytics => Page.GetByRole(AriaRole.Switch, new() { Name = "Statistieken", Exact = true });

    public ILocator Button(string name) => Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    /// <summary>Opens a demo page and waits until the widget has its configuration and has applied it.</summary>
    public async Task OpenAsync(string path = "/demo")
    {
        await Page.GotoAsync(path);
        await SettledAsync();
    }

    /// <summary>
    /// The widget is ready and the page's network is quiet: any tag the widget let through has been requested by
    /// now, so an empty hit log means nothing fired.
    /// </summary>
    public async Task SettledAsync()
    {
        await Page.EvaluateAsync("() => window.ConsentManager.ready");
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    public Task<string> VisitorIdAsync() => Page.EvaluateAsync<string>("() => window.ConsentManager.visitorId");

    /// <summary>The visitor token the widget keeps in its first-party consent cookie (base64url JSON).</summary>
    public async Task<string> VisitorTokenAsync()
    {
        var cookie = (await Context.CookiesAsync()).Single(cookie => cookie.Name.StartsWith("cm_consent_", StringComparison.Ordinal));
        var base64 = cookie.Value.Replace('-', '+').Replace('_', '/');
        using var json = JsonDocument.Parse(Convert.FromBase64String(base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=')));
        return json.RootElement.GetProperty("visitorToken").GetString()!;
    }

    /// <summary>The page's own view of the decision: ConsentManager.get(), or null.</summary>
    public async Task<JsonElement?> LocalStateAsync()
    {
        var state = await EvaluateJsonAsync("window.ConsentManager.get()");
        return state.ValueKind == JsonValueKind.Null ? null : state;
    }

    public async Task<string[]> CookieNamesAsync() => (await Context.CookiesAsync()).Select(cookie => cookie.Name).ToArray();

    /// <summary>Every Consent Mode update on dataLayer, oldest first (gtag pushes Arguments objects, not arrays).</summary>
    public async Task<JsonElement[]> ConsentUpdatesAsync() => (await EvaluateJsonAsync(
        "window.dataLayer.map((entry) => Array.from(entry)).filter((entry) => entry[0] === 'consent' && entry[1] === 'update').map((entry) => entry[2])"))
        .EnumerateArray().ToArray();

    // As JSON text: Playwright's own JsonElement results do not outlive the call that made them.
    private async Task<JsonElement> EvaluateJsonAsync(string expression)
    {
        using var json = JsonDocument.Parse(await Page.EvaluateAsync<string>($"() => JSON.stringify({expression})"));
        return json.RootElement.Clone();
    }

    /// <summary>The page's markup still holds every stand-in tracker inert, as the site wrote it.</summary>
    public async Task AssertTrackersInertAsync(bool analytics = true, bool retargeting = true, bool jobAlert = true)
    {
        if (analytics)
        {
            await Expect(Page.Locator("script[data-consent='analytics']")).ToHaveAttributeAsync("type", "text/plain");
        }

        if (retargeting)
        {
            await Expect(Page.Locator("img[data-consent='retargeting']")).Not.ToHaveAttributeAsync("src", new Regex("."));
        }

        if (jobAlert)
        {
            await Expect(Page.Locator("#job-alert")).ToBeHiddenAsync();
        }
    }
}
