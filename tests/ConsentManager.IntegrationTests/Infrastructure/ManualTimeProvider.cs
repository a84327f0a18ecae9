namespace ConsentManager.IntegrationTests.Infrastructure;

/// <summary>A clock the tests move by hand, so expiry is tested without waiting.</summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
