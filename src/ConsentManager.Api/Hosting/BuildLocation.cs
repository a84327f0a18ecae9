namespace ConsentManager.Api.Hosting;

/// <summary>
/// Where a front-end build the API serves is (the widget, the dashboard): the configured directory, else the copy a
/// publish puts beside the app, else the repository's build above the app or the content root (a checkout, the
/// tests). Never the working directory alone, so the API serves the same build wherever it is started from.
/// </summary>
internal static class BuildLocation
{
    public static string Resolve(string? configured, string contentRoot, string publishedFolder, string repositoryBuild)
    {
        if (configured is not null)
        {
            return Path.GetFullPath(configured, contentRoot);
        }

        var published = Path.Combine(AppContext.BaseDirectory, publishedFolder);
        if (Directory.Exists(published))
        {
            return published;
        }

        // Nothing built yet: the endpoints answer 503 and the log names where a publish would put the build.
        return AppFiles.FindAbove(repositoryBuild, contentRoot, Directory.Exists) ?? published;
    }
}
