namespace ConsentManager.Benchmarks;

// Benchmarks read the GeoIp test project's copies of MaxMind's test databases. BenchmarkDotNet
// runs each benchmark from a generated project elsewhere, so the path is found from the
// repository root, not from the working directory.
internal static class TestDatabase
{
    public static string Path(string fileName)
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(directory.FullName, "ConsentManager.sln")))
                {
                    return System.IO.Path.Combine(directory.FullName, "tests", "ConsentManager.GeoIp.Tests", "TestData", fileName);
                }
            }
        }
        throw new InvalidOperationException($"No ConsentManager.sln above '{AppContext.BaseDirectory}' or '{Environment.CurrentDirectory}'.");
    }
}
