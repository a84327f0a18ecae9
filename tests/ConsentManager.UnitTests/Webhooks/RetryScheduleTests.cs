using ConsentManager.Api.Webhooks;

namespace ConsentManager.UnitTests.Webhooks;

public sealed class RetryScheduleTests
{
    private static readonly DateTimeOffset First = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1, 0, 5)]
    [InlineData(2, 5, 10)]
    [InlineData(3, 15, 20)]
    [InlineData(10, 3000, 2560)]
    [InlineData(11, 6000, 3600)]
    [InlineData(30, 80_000, 3600)]
    public void Failed_Attempt_Is_Retried_With_Doubling_Delay_Capped_At_An_Hour(int attempt, int secondsSinceFirst, int expectedDelay)
    {
        var now = First.AddSeconds(secondsSinceFirst);

        var next = RetrySchedule.NextAttempt(new WebhookOptions(), attempt, First, now);

        Assert.Equal(now.AddSeconds(expectedDelay), next);
    }

    [Fact]
    public void Failed_Attempt_Whose_Retry_Would_Pass_24_Hours_Is_Given_Up()
    {
        var now = First.AddHours(23.5);

        Assert.Null(RetrySchedule.NextAttempt(new WebhookOptions(), 30, First, now));
    }
}
