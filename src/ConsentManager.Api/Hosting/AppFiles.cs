namespace ConsentManager.Api.Hosting;

/// <summary>
/// Finds what the app ships with in a checkout: the nearest <c>relativePath</c> above the app's base directory or
/// the content root. A publish copies such files beside the app, where callers look first.
/// </summary>
internal static class AppFiles
{
    /// <summary>
    /// The app's base directory when the API was started from a directory without its appsettings.json (a
    /// published artifact run from anywhere), so settings such as log levels and feature flags still load; null
    /// (the default: the working directory) otherwise.
    /// </summary>
    public static string? PublishedContentRoot() =>
        !File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"))
        && File.Exists(Path.Combine(AppContext.BaseDirectory, "appsettings.json"))
            ? AppContext.BaseDirectory
            : null;

    public static string? FindAbove(string relativePath, string contentRoot, Func<string, bool> exists)
    {
        foreach (var start in new[] { AppContext.BaseDirectory, contentRoot })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, relativePath);
                if (exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
