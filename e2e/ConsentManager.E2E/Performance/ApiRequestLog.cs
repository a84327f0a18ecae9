using ConsentManager.E2E.Infrastructure;
using Microsoft.Playwright;

namespace ConsentManager.E2E.Performance;

/// <summary>
/// The API requests (paths under /v1/) a page made as Playwright sees them on the network, to check that the page's
/// own list (see <see cref="BannerClock"/>) misses no way the widget reached the API.
/// </summary>
internal sealed class ApiRequestLog
{
    private readonly List<string> _paths = [];

    private ApiRequestLog()
    {
    }

    public static ApiRequestLog Attach(IPage page)
    {
        var log = new ApiRequestLog();
        page.Request += (_, request) => log.Add(new Uri(request.Url).AbsolutePath);
        return log;
    }

    public string[] All
    {
        get
        {
            lock (_paths)
            {
                return [.. _paths];
            }
        }
    }

    private void Add(string path)
    {
        if (!path.StartsWith("/v1/", StringComparison.Ordinal))
        {
            return;
        }

        lock (_paths)
        {
            _paths.Add(path);
        }
    }

    /// <summary>
    /// Waits until the network has shown the same API requests as the page listed (in any order: requests are reported
    /// as they leave, which need not be the order they were asked for).
    /// </summary>
    public Task MatchesPageAsync(IPage page) => Eventually.UntilAsync(
        async () => (Network: All.Order().ToArray(), Page: (await BannerClock.ApiRequestsAsync(page)).Order().ToArray()),
        seen => seen.Network.SequenceEqual(seen.Page),
        "the network's API requests to be the page's own");
}
