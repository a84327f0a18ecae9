namespace ConsentManager.E2E.Performance;

/// <summary>
/// When the widget started, when its banner was in the DOM and when it was first in a frame, in milliseconds since
/// navigation start, and the API paths the page had asked for by that frame.
/// </summary>
internal sealed record BannerTimes(double WidgetStartedAt, double InDomAt, double VisibleAt, string[] RequestsBeforeBanner)
{
    public double InDomAfterWidgetStart => InDomAt - WidgetStartedAt;

    public double AfterWidgetStart => VisibleAt - WidgetStartedAt;

    public override string ToString() =>
        $"{VisibleAt:F1} ms after navigation start, {AfterWidgetStart:F1} ms after the widget started " +
        $"(in the DOM after {InDomAfterWidgetStart:F1} ms)";
}
