using System.Text.Json;
using Microsoft.Playwright;

namespace ConsentManager.E2E.Performance;

/// <summary>
/// Marks on the page's own clock (performance.now(): milliseconds since navigation start) when the widget started, when
/// its banner was in the DOM (the widget's own work done) and the first animation frame in which the banner has a size
/// (the browser's share: style, layout, the next frame). The widget's first act is asking for /config, so the moment
/// that fetch is called stands for its start. The DOM mark is taken when the widget's host element is added (the
/// banner goes into its shadow root in the same task), as a mutation observer reports it.
/// <para>
/// The page also lists the API paths (under /v1/) it asked for, through fetch and sendBeacon (the widget's only ways
/// to the API), and which of them it had asked for by the banner's frame. That list is taken in the page, because
/// Playwright's request events and a page's callbacks are not ordered with each other (an intercepted request is
/// reported late); <see cref="ApiRequestLog"/> checks it against the network.
/// </para>
/// </summary>
internal static class BannerClock
{
    private const string Script = """
        (() => {
          const requests = window.__apiRequests = [];
          const note = resource => {
            const path = new URL(String(resource instanceof Request ? resource.url : resource), location.href).pathname;
            if (path.startsWith('/v1/')) requests.push(path);
          };
          const fetch = window.fetch;
          window.fetch = function (resource, init) {
            if (window.__widgetStartedAt === undefined && String(resource).includes('/config')) {
              window.__widgetStartedAt = performance.now();
            }
            note(resource);
            return fetch.call(this, resource, init);
          };
          const sendBeacon = navigator.sendBeacon;
          navigator.sendBeacon = function (url, data) {
            note(url);
            return sendBeacon.call(this, url, data);
          };
          new MutationObserver((_, observer) => {
            if (!document.getElementById('consentmanager')?.shadowRoot?.querySelector('[role=region]')) return;
            window.__bannerInDomAt = performance.now();
            observer.disconnect();
          }).observe(document, { childList: true, subtree: true });
          const check = () => {
            const banner = document.getElementById('consentmanager')?.shadowRoot?.querySelector('[role=region]');
            if (!banner || banner.getBoundingClientRect().height === 0) return requestAnimationFrame(check);
            window.__bannerVisibleAt = performance.now();
            window.__apiRequestsBeforeBanner = requests.slice();
          };
          requestAnimationFrame(check);
        })();
        """;

    /// <summary>Marks every page the context opens from now on, from the start of its document.</summary>
    public static Task InstallAsync(IBrowserContext context) => context.AddInitScriptAsync(Script);

    /// <summary>Waits for the banner's frame on the current page and reads the marks.</summary>
    public static async Task<BannerTimes> ReadAsync(IPage page)
    {
        var marks = await page.WaitForFunctionAsync("""
            () => window.__bannerVisibleAt && {
              widgetStartedAt: window.__widgetStartedAt,
              inDomAt: window.__bannerInDomAt,
              visibleAt: window.__bannerVisibleAt,
              requests: window.__apiRequestsBeforeBanner,
            }
            """);
        var values = await marks.JsonValueAsync<JsonElement>();
        return new BannerTimes(
            values.GetProperty("widgetStartedAt").GetDouble(),
            values.GetProperty("inDomAt").GetDouble(),
            values.GetProperty("visibleAt").GetDouble(),
            [.. values.GetProperty("requests").EnumerateArray().Select(path => path.GetString()!)]);
    }

    /// <summary>The API paths the current page has asked for so far, in order.</summary>
    public static Task<string[]> ApiRequestsAsync(IPage page) => page.EvaluateAsync<string[]>("() => window.__apiRequests.slice()");
}
