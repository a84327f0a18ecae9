using System.Net;
using BenchmarkDotNet.Attributes;
using ConsentManager.GeoIp;

namespace ConsentManager.Benchmarks;

// The geolocation lookup done on every consent request, on MaxMind's GeoIP2 Country test
// database. Baseline: parsing an address string, which every request also pays, as a yardstick.
// Full run:  dotnet run -c Release --project benchmarks/ConsentManager.Benchmarks -- --filter '*Geo*'
// Quick run: add `--job short`.
[MemoryDiagnoser]
public class GeoLookupBenchmarks
{
    private readonly IPAddress _ipv4 = IPAddress.Parse("89.160.20.112");
    private readonly IPAddress _ipv6 = IPAddress.Parse("2001:218::1");
    private readonly IPAddress _notInDatabase = IPAddress.Parse("192.0.2.1");
    private MaxMindGeoLocator _locator = null!;

    [GlobalSetup]
    public void Open() => _locator = new MaxMindGeoLocator(TestDatabase.Path("GeoIP2-Country-Test.mmdb"));

    [GlobalCleanup]
    public void Close() => _locator.Dispose();

    [Benchmark(Baseline = true)]
    public bool ParseAddress() => IPAddress.TryParse("89.160.20.112", out _);

    [Benchmark]
    public GeoLocation LookupIPv4() => _locator.Lookup(_ipv4);

    [Benchmark]
    public GeoLocation LookupIPv6() => _locator.Lookup(_ipv6);

    [Benchmark]
    public GeoLocation LookupNotInDatabase() => _locator.Lookup(_notInDatabase);
}
