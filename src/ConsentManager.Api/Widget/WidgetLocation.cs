using ConsentManager.Api.Hosting;

namespace ConsentManager.Api.Widget;

/// <summary>
/// Where the widget build is: the configured directory, else the publish output's <c>widget/</c> beside the app,
/// else the repository's <c>web-widget/dist</c> above the app or the content root (a checkout, the tests).
/// Never the working directory alone, so the API serves the same build wherever it is started from.
/// </summary>
internal static class WidgetLocation
{
    private static readonly string RepositoryBuild = Path.Combine("web-widget", "dist");

    public static string Resolve(string? configured, string contentRoot)
    {
        if (configured is not null)
        {
            return Path.GetFullPath(configured, contentRoot);
        }

        var published = Path.Combine(AppContext.BaseDirectory, "widget");
        if (Directory.Exists(published))
        {
            return published;
        }

        // Nothing built yet: the endpoints answer 503 and the log names where a publish would put the build.
        return AppFiles.FindAbove(RepositoryBuild, contentRoot, Directory.Exists) ?? published;
    }
}
