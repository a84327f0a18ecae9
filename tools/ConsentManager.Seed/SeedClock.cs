namespace ConsentManager.Seed;

/// <summary>
/// A clock each seeding worker sets for the receipt it is writing (an async-local "now"), so receipts spread over
/// past days while many are written at once. Outside a worker it is the system clock.
/// </summary>
internal sealed class SeedClock : TimeProvider
{
    private readonly AsyncLocal<DateTimeOffset?> _now = new();

    public override DateTimeOffset GetUtcNow() => _now.Value ?? System.GetUtcNow();

    public void Set(DateTimeOffset now) => _now.Value = now;
}
