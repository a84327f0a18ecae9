namespace ConsentManager.Api.Stats;

/// <summary>
/// The only things the stats take from a user agent: a device class and whether it is a known bot. The string
/// itself is never stored. Heuristics in the order that matters: iPads and Android without "Mobile" are tablets.
/// </summary>
internal static class DeviceClassifier
{
    public const string Mobile = "mobile";
    public const string Tablet = "tablet";
    public const string Desktop = "desktop";

    public static IReadOnlyList<string> All { get; } = [Mobile, Tablet, Desktop];

    private static readonly string[] TabletMarkers = ["iPad", "Tablet", "Kindle", "Silk/", "PlayBook"];
    private static readonly string[] MobileMarkers = ["Mobi", "iPhone", "iPod", "Windows Phone", "BlackBerry", "Opera Mini"];

    // Crawlers, link previewers, uptime checks and headless tools that load pages but are nobody's decision.
    private static readonly string[] BotMarkers =
    [
        "bot", "crawl", "spider", "slurp", "headlesschrome", "lighthouse", "pagespeed", "facebookexternalhit",
        "embedly", "preview", "monitor", "pingdom", "curl/", "wget/", "python-requests", "httpclient", "go-http-client",
    ];

    public static string Classify(string? userAgent)
    {
        if (string.IsNullOrEmpty(userAgent))
        {
            return Desktop;
        }

        var androidTablet = userAgent.Contains("Android", StringComparison.Ordinal) && !userAgent.Contains("Mobile", StringComparison.Ordinal);
        if (androidTablet || ContainsAny(userAgent, TabletMarkers))
        {
            return Tablet;
        }

        return ContainsAny(userAgent, MobileMarkers) ? Mobile : Desktop;
    }

    /// <summary>An empty user agent counts as a bot too: every browser sends one.</summary>
    public static bool IsBot(string? userAgent) =>
        string.IsNullOrWhiteSpace(userAgent) || BotMarkers.Any(marker => userAgent.Contains(marker, StringComparison.OrdinalIgnoreCase));

    private static bool ContainsAny(string userAgent, string[] markers) =>
        markers.Any(marker => userAgent.Contains(marker, StringComparison.Ordinal));
}
