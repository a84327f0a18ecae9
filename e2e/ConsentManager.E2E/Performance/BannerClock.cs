using Microsoft.Playwright;

namespace ConsentManager.E2E.Performance;

/// <summary>
/// Marks on the page's own clock (performance.now(): milliseconds since navigation start) when the widget started and
/// the first animation frame in which its banner has a size. The widget's first act is asking for /config, so the
/// moment that fetch is called stands for its start. At the banner's frame the page calls
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
        var marks = await page.WaitForFunctionAsync("() => window.__bannerVisibleAt && [window.__widgetStartedAt, window.__bannerVisibleAt]");
        var values = await marks.JsonValueAsync<double[]>();
        return new BannerTimes(values[0], values[1]);
    }
}
