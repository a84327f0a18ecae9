using Microsoft.Playwright;

namespace ConsentManager.E2E.Performance;

/// <summary>
/// The API requests (paths under /v1/) a page makes, in the order Playwright reports them, and which of them were
/// made before the banner's frame: the page reports that frame through an exposed function (see
/// <see cref="BannerClock"/>), which reaches the test in order with the request events.
/// </summary>
internal sealed class ApiRequestLog
{
    private readonly List<string> _paths = [];
    private string[]? _beforeBanner;

    private ApiRequestLog()
    {
    }

    public static async Task<ApiRequestLog> AttachAsync(IPage page)
    {
        var log = new ApiRequestLog();
        page.Request += (_, request) => log.Add(new Uri(request.Url).AbsolutePath);
        await page.ExposeFunctionAsync("__bannerVisible", log.BannerVisible);
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

    public string[] BeforeBanner => _beforeBanner ?? throw new InvalidOperationException("The page has not shown its banner.");

    /// <summary>Forgets what was seen so far, before the page is loaded again.</summary>
    public void Clear()
    {
        lock (_paths)
        {
            _paths.Clear();
            _beforeBanner = null;
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

    private void BannerVisible()
    {
        lock (_paths)
        {
            _beforeBanner ??= [.. _paths];
        }
    }
}
