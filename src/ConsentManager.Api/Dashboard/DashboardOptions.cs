using System.ComponentModel.DataAnnotations;

namespace ConsentManager.Api.Dashboard;

/// <summary>Bound from the <c>Dashboard</c> configuration section.</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    /// <summary>
    /// The dashboard build (env <c>Dashboard__DistDirectory</c>): the output of
    /// <c>npm run build --workspace web-dashboard</c>, relative to the content root unless absolute. Unset: the copy a
    /// publish puts beside the app (dashboard/), else the repository's web-dashboard/dist above the app. Without a
    /// build the API still starts and <c>/dashboard</c> answers 503.
    /// </summary>
    [MinLength(1, ErrorMessage = "Dashboard:DistDirectory must name the dashboard build directory (web-dashboard/dist) or be unset.")]
    public string? DistDirectory { get; set; }
}
