namespace ConsentManager.Api.Hosting;

/// <summary>
/// Finds what the app ships with in a checkout: the nearest <c>relativePath</c> above the app's base directory or
/// the content root. A publish copies such files beside the app, where callers look first.
/// </summary>
internal static class AppFiles
{
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
