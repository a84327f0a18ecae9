using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace ConsentManager.E2E.Infrastructure;

/// <summary>
/// One API server and one Chromium for the whole collection. Each test gets its own browser context (its own
/// cookies, storage and cache) through <see cref="VisitAsync"/>, and starts from an empty hit log.
/// </summary>
public sealed class JobBoardSession : IAsyncLifetime
{
    // Debian's chromium: Playwright cannot download its own browsers here, and the network reaches only loopback.
    private static readonly BrowserTypeLaunchOptions Launch = new()
    {
        ExecutablePath = "/usr/bin/chromium",
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    };

    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public ConsentManagerServer Server { get; private set; } = null!;

    public ConsentApi Api { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var server = ConsentManagerServer.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(Launch);
        Server = await server;
        Api = new ConsentApi(Server.BaseUrl);
        // A slow 2-core CI machine: auto-waiting expectations get more than the default 5 s.
        Assertions.SetDefaultExpectTimeout(10_000);
    }

    /// <summary>
    /// Runs <paramref name="test"/> as a new visitor in a fresh context. On failure a screenshot of the page is saved
    /// as artifacts/e2e/failures/&lt;test&gt;.png before the failure is rethrown.
    /// </summary>
    public async Task VisitAsync(Func<DemoVisitor, Task> test, BrowserNewContextOptions? options = null, [CallerMemberName] string testName = "")
    {
        await Api.ClearHitsAsync();
        options ??= new BrowserNewContextOptions();
        options.BaseURL = Server.BaseUrl.ToString();
        options.ViewportSize ??= new ViewportSize { Width = 1280, Height = 800 };
        await using var context = await _browser.NewContextAsync(options);
        var visitor = new DemoVisitor(context, await context.NewPageAsync(), Api);
        try
        {
            await test(visitor);
        }
        catch
        {
            await SaveFailureScreenshotAsync(visitor.Page, testName);
            throw;
        }
    }

    // Best effort: a page that crashed cannot be photographed, and the test's own failure is what must surface.
    private static async Task SaveFailureScreenshotAsync(IPage page, string testName)
    {
        var failures = Directory.CreateDirectory(Path.Combine(Repository.Artifacts, "failures")).FullName;
        try
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(failures, $"{testName}.png"), FullPage = true });
        }
        catch (PlaywrightException)
        {
        }
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        Api.Dispose();
        await Server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class JobBoardCollection : ICollectionFixture<JobBoardSession>
{
    public const string Name = "Demo job board in Chromium";
}
