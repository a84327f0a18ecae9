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
}
