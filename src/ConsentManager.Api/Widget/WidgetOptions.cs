using System.ComponentModel.DataAnnotations;

namespace ConsentManager.Api.Widget;

/// <summary>Bound from the <c>Widget</c> configuration section.</summary>
public sealed class WidgetOptions
{
    public const string Section = "Widget";

    /// <summary>
    /// The widget build (env <c>Widget__DistDirectory</c>): the output of <c>npm run build --workspace web-widget</c>,
    /// relative to the content root unless absolute. Without a build there the API still starts and the widget
    /// endpoints answer 503, so the consent API runs and is tested without Node.
    /// </summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Widget:DistDirectory must name the widget build directory (web-widget/dist).")]
    public string DistDirectory { get; set; } = "../../web-widget/dist";
}
