namespace ConsentManager.E2E.Performance;

/// <summary>
/// When the widget started, when its banner was in the DOM and when it was first in a frame, in milliseconds since
/// navigation start.
/// </summary>
internal readonly record struct BannerTimes(double WidgetStartedAt, double InDomAt, double VisibleAt)
{
    public double InDomAfterWidgetStart => InDomAt - WidgetStartedAt;

    public double AfterWidgetStart => VisibleAt - WidgetStartedAt;

    public override string ToString() =>
        $"{VisibleAt:F1} ms after navigation start, {AfterWidgetStart:F1} ms after the widget started " +
        $"(in the DOM after {InDomAfterWidgetStart:F1} ms)";
}
