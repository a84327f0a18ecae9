namespace ConsentManager.IntegrationTests.Infrastructure;

/// <summary>Waits for state by polling with a deadline, never by sleeping a fixed time.</summary>
public static class Poll
{
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? deadline = null)
    {
        var until = DateTime.UtcNow + (deadline ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"State not reached within the deadline; last value: {value}");
            }

            await Task.Delay(50);
        }
    }
}
