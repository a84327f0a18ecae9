using ConsentManager.Api.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace ConsentManager.Api.Dashboard;

/// <summary>
/// The dashboard build on disk, read per request so a rebuild is served without a restart. Lookups go through a
/// file provider rooted at the build, which refuses paths that climb out of it.
/// </summary>
internal sealed class DashboardFiles(IOptions<DashboardOptions> options, IHostEnvironment environment)
{
    public const string IndexFile = "index.html";

    private readonly string _root = BuildLocation.Resolve(
        options.Value.DistDirectory, environment.ContentRootPath, "dashboard", Path.Combine("web-dashboard", "dist"));

    public bool IsBuilt => File.Exists(Path.Combine(_root, IndexFile));

    /// <summary>The file at <paramref name="relativePath"/> inside the build, or null when there is none.</summary>
    public IFileInfo? Find(string relativePath)
    {
        if (!Directory.Exists(_root))
        {
            return null;
        }

        using var provider = new PhysicalFileProvider(_root);
        var file = provider.GetFileInfo(relativePath);
        return file is { Exists: true, IsDirectory: false, PhysicalPath: not null } ? file : null;
    }
}
