using System.Diagnostics.Metrics;
using ConsentManager.Api.Observability;
using Microsoft.Extensions.DependencyInjection;

namespace ConsentManager.UnitTests.Observability;

public sealed class PrometheusTextTests
{
    [Fact]
    public void Counter_And_Histogram_Are_Written_In_Text_Format_With_Sorted_Escaped_Labels()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        using var collector = new MetricsCollector(services.GetRequiredService<IMeterFactory>());
        using var meter = new Meter($"{ConsentMetrics.MeterPrefix}.UnitTest.{Guid.NewGuid():N}");
        var counter = meter.CreateCounter<long>("consentmanager.unit.things", description: "Things.");
        var histogram = meter.CreateHistogram<double>("consentmanager.unit.call.duration", unit: "s");

        counter.Add(2, new("z", "last"), new("a", "say \"hi\""));
        histogram.Record(0.003);

        var text = PrometheusText.Write(collector);
        Assert.Contains("# TYPE consentmanager_unit_things_total counter\n", text);
        Assert.Contains("consentmanager_unit_things_total{a=\"say \\\"hi\\\"\",z=\"last\"} 2\n", text);
        Assert.Contains("# TYPE consentmanager_unit_call_duration_seconds histogram\n", text);
        Assert.Contains("consentmanager_unit_call_duration_seconds_bucket{le=\"0.0025\"} 0\n", text);
        Assert.Contains("consentmanager_unit_call_duration_seconds_bucket{le=\"0.005\"} 1\n", text);
        Assert.Contains("consentmanager_unit_call_duration_seconds_bucket{le=\"+Inf\"} 1\n", text);
        Assert.Contains("consentmanager_unit_call_duration_seconds_count 1\n", text);
    }

    [Fact]
    public void Measurements_With_The_Same_Tags_Add_Up_In_One_Series_Whatever_The_Tag_Order_Or_Value_Boxing()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        using var collector = new MetricsCollector(services.GetRequiredService<IMeterFactory>());
        using var meter = new Meter($"{ConsentMetrics.MeterPrefix}.UnitTest.{Guid.NewGuid():N}");
        var counter = meter.CreateCounter<long>("consentmanager.unit.calls");

        counter.Add(1, new("route", "/a"), new("status", 200));
        counter.Add(2, new("route", "/a"), new("status", 200));
        counter.Add(4, new("status", 200), new("route", "/a"));
        counter.Add(8, new("route", "/a"), new("status", 404));
        counter.Add(16, new("route", "/b"), new("status", 200));

        var text = PrometheusText.Write(collector);
        Assert.Contains("consentmanager_unit_calls_total{route=\"/a\",status=\"200\"} 7\n", text);
        Assert.Contains("consentmanager_unit_calls_total{route=\"/a\",status=\"404\"} 8\n", text);
        Assert.Contains("consentmanager_unit_calls_total{route=\"/b\",status=\"200\"} 16\n", text);
    }
}
