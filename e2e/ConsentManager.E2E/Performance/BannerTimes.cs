namespace ConsentManager.E2E.Performance;

/// <summary>When the widget started and when its banner was first in a frame, in milliseconds since navigation start.</summary>
internal readonly record struct BannerTimes(double WidgetStartedAt, double VisibleAt)
{
    public double AfterWidgetStart => VisibleAt - WidgetStartedAt;

    public override string ToString() =>
        $"{VisibleAt:F1} ms after navigation start, {AfterWidgetStart:F1} ms after the widget started";
}
