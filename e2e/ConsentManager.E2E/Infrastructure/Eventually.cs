namespace ConsentManager.E2E.Infrastructure;

/// <summary>Waits for state outside the page (the API, the hit log) by polling with a deadline, never by sleeping.</summary>
public static class Eventually
{
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what, TimeSpan? deadline = null)
    {
        var until = DateTime.UtcNow + (deadline ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"Not reached in time: {what}. Last value: {value}");
            }

            await Task.Delay(50);
        }
    }
}
