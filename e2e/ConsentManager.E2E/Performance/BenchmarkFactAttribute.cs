namespace ConsentManager.E2E.Performance;

/// <summary>
/// A benchmark run as a test only when asked for (<c>BANNER_BENCH=1</c>); the test command skips it, since
/// performance is measured by benchmarks, never by timed tests.
/// </summary>
public sealed class BenchmarkFactAttribute : FactAttribute
{
    public const string Variable = "BANNER_BENCH";

    public BenchmarkFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(Variable) != "1")
        {
            Skip = $"A benchmark: run it with {Variable}=1.";
        }
    }
}
