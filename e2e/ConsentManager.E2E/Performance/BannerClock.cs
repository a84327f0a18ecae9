using Microsoft.Playwright;

namespace ConsentManager.E2E.Performance;

/// <summary>
/// Marks on the page's own clock (performance.now(): milliseconds since navigation start) when the widget started, when
/// its banner was in the DOM (the widget's own work done) and the first animation frame in which the banner has a size
/// (the browser's share: style, layout, the next frame). The widget's first act is asking for /config, so the moment
/// that fetch is called stands for its start. The DOM mark is taken when the widget's host element is added (the
/// banner goes into its shadow root in the same task), as a mutation observer reports it. At the banner's frame the page calls
/// <c>window.__bannerVisible</c> when a test exposed one (see <see cref="ApiRequestLog"/>).
/// </summary>
internal static class BannerClock
{
    private const string Script = """
        (() => {
          const fetch = window.fetch;
          window.fetch = function (resource, init) {
            if (window.__widgetStartedAt === undefined && String(resource).includes('/config')) {
              window.__widgetStartedAt = performance.now();
            }
            return fetch.call(this, resource, init);
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
            window.__bannerVisible?.();
          };
          requestAnimationFrame(check);
        })();
        """;

    /// <summary>Marks every page the context opens from now on, from the start of its document.</summary>
    public static Task InstallAsync(IBrowserContext context) => context.AddInitScriptAsync(Script);

    /// <summary>Waits for the banner's frame on the current page and reads both marks.</summary>
    public static async Task<BannerTimes> ReadAsync(IPage page)
    {
        var marks = await page.WaitForFunctionAsync(
            "() => window.__bannerVisibleAt && [window.__widgetStartedAt, window.__bannerInDomAt, window.__bannerVisibleAt]");
        var values = await marks.JsonValueAsync<double[]>();
        return new BannerTimes(values[0], values[1], values[2]);
    }
}
