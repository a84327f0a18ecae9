using ConsentManager.Api.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ConsentManager.IntegrationTests.Infrastructure;

/// <summary>The API hosted in-process against a real redis-server of its own.</summary>
public class ConsentApiApplication : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminKey = "test-bootstrap-admin-key-0123456789";

    public TestRedis Redis { get; private set; } = null!;

    public ManualTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero));

    /// <summary>Requests one client may make to public endpoints per minute.</summary>
    protected virtual int PublicPermitLimit => 100_000;

    public virtual async Task InitializeAsync() => Redis = await TestRedis.StartAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Production-like: no demo seeding, no generated admin key, no embedded Redis.
        builder.UseEnvironment("Testing");
        // The test's own redis-server, so the store is real and isolated.
        builder.UseSetting("Redis:Configuration", Redis.Server.Configuration);
        // A known bootstrap key, so tests can create sites.
        builder.UseSetting("ConsentManager:AdminKey", AdminKey);
        // High enough that only the rate-limit tests meet the limiter.
        builder.UseSetting("RateLimiting:PermitLimit", PublicPermitLimit.ToString());
        // A controllable clock for expiry.
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Redis.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ConsentApiApplication>
{
    public const string Name = "Consent API";
}
