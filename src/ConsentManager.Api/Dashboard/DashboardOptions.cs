using System.ComponentModel.DataAnnotations;

namespace ConsentManager.Api.Dashboard;

/// <summary>Bound from the <c>Dashboard</c> configuration section.</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    /// <summary>
    /// The dashboard build (env <c>Dashboard__DistDirectory</c>): the output of
    /// <c>npm run build --workspace web-dashboard</c>, relative to the content root unless absolute. Without a build
    /// the API still starts and <c>/dashboard</c> answers 503.
    /// </summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Dashboard:DistDirectory must name the dashboard build directory (web-dashboard/dist).")]
    public string DistDirectory { get; set; } = "../../web-dashboard/dist";
}
