using ConsentManager.Api.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConsentManager.IntegrationTests.Infrastructure;

/// <summary>The API hosted in-process against a real redis-server of its own.</summary>
public class ConsentApiApplication : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminKey = "test-bootstrap-admin-key-0123456789";
    public const string TrustedProxyRange = "10.0.0.0/8";
    public const string VisitorTokenKey = "test-visitor-token-key-0123456789abcdef";
    public const string AuditHashKey = "test-audit-hash-key-0123456789abcdefgh";
    public const string ReceiptMacKey = "test-receipt-mac-key-0123456789abcdef";

    public static string TestDatabase(string fileName) => Path.Combine(AppContext.BaseDirectory, "TestData", fileName);

    public TestRedis Redis { get; private set; } = null!;

    public ManualTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero));

    public CapturedLogs Logs { get; } = new();

    /// <summary>The StackExchange.Redis configuration string the API gets.</summary>
    protected virtual string RedisConfiguration => Redis.Server.Configuration;

    /// <summary>The same string, for a <see cref="SecondInstanceApplication"/> on this instance's store.</summary>
    public string StoreConfiguration => RedisConfiguration;

    /// <summary>Requests one client may make to public endpoints per minute.</summary>
    protected virtual int PublicPermitLimit => 100_000;

    /// <summary>Receipt and sighting writes one site may take per minute.</summary>
    protected virtual int SiteWritePermitLimit => 100_000;

    /// <summary>The proxies whose forwarded headers are believed; null configures none.</summary>
    protected virtual string? TrustedProxy => TrustedProxyRange;

    public virtual async Task InitializeAsync() => Redis = await TestRedis.StartAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Production-like: no demo seeding, no generated admin key, no embedded Redis.
        builder.UseEnvironment("Testing");
        // The test's own redis-server, so the store is real and isolated.
        builder.UseSetting("Redis:Configuration", RedisConfiguration);
        // A known bootstrap key, so tests can create sites.
        builder.UseSetting("ConsentManager:AdminKey", AdminKey);
        // A known token key, so tests can issue visitor tokens the API accepts.
        builder.UseSetting("VisitorTokens:Keys:0", VisitorTokenKey);
        // A known audit key: tombstones and audit subjects are keyed hashes the tests can recompute.
        builder.UseSetting("Audit:HashKeys:0", AuditHashKey);
        // A known MAC key: receipts are sealed outside Development only with a configured key.
        builder.UseSetting("Receipts:MacKeys:0", ReceiptMacKey);
        // High enough that only the rate-limit and write-budget tests meet the limiters.
        builder.UseSetting("RateLimiting:PermitLimit", PublicPermitLimit.ToString());
        builder.UseSetting("RateLimiting:SiteWritePermitLimit", SiteWritePermitLimit.ToString());
        // MaxMind's City test database: known countries and subdivisions for fixed test addresses.
        builder.UseSetting("Geo:DatabasePath", TestDatabase("GeoIP2-City-Test.mmdb"));
        // One trusted proxy range, so forwarded-header tests can come from inside and outside it (a variant has none).
        if (TrustedProxy is not null)
        {
            builder.UseSetting("TrustedProxies:0", TrustedProxy);
        }

        // The tests' webhook receivers are plain-http Kestrel servers on loopback (a variant refuses loopback).
        builder.UseSetting("Webhooks:AllowHttp", "true");
        builder.UseSetting("Webhooks:AllowPrivateNetworks", "true");
        // Deliveries follow a change within a short poll, so tests wait little.
        builder.UseSetting("Webhooks:PollInterval", "00:00:00.050");
        // A controllable clock for expiry; the test names the TCP peer, which TestServer lacks.
        builder.ConfigureServices(services => services
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton<IStartupFilter, TestPeerAddress>());
        // Every log line of the app, down to Debug, for the scans of what must never be logged.
        builder.UseSetting("Logging:LogLevel:ConsentManager", "Debug");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }

    /// <summary>
    /// Overrides the factory's own disposal, so `await using`, xunit's fixture disposal and derived fixtures all stop
    /// the servers the test started.
    /// </summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Redis is not null)
        {
            await Redis.DisposeAsync();
        }
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ConsentApiApplication>
{
    public const string Name = "Consent API";
}
