using System.ComponentModel.DataAnnotations;

namespace ConsentManager.Api.Widget;

/// <summary>Bound from the <c>Widget</c> configuration section.</summary>
public sealed class WidgetOptions
{
    public const string Section = "Widget";

    /// <summary>
    /// The widget build (env <c>Widget__DistDirectory</c>): the output of <c>npm run build --workspace web-widget</c>,
    /// relative to the content root unless absolute. Unset: the copy a publish puts beside the app (widget/), else
    /// the repository's web-widget/dist above the app. Without a build there the API still starts and the widget
    /// endpoints answer 503, so the consent API runs and is tested without Node.
    /// </summary>
    [MinLength(1, ErrorMessage = "Widget:DistDirectory must name the widget build directory (web-widget/dist) or be unset.")]
    public string? DistDirectory { get; set; }
}
