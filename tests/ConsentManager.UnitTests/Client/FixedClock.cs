namespace ConsentManager.UnitTests.Client;

/// <summary>A clock that stands where the test puts it.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
