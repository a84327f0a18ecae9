namespace ConsentManager.E2E.Infrastructure;

/// <summary>Paths in the repository these tests run from.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>Where screenshots go: artifacts/e2e (ignored by git), created on first use.</summary>
    public static string Artifacts { get; } = Directory.CreateDirectory(Path.Combine(Root, "artifacts", "e2e")).FullName;

    public static string ApiProject => Path.Combine(Root, "src", "ConsentManager.Api");

    /// <summary>The API's build output for the same configuration and framework as these tests (bin/Debug/net10.0).</summary>
    public static string ApiAssembly
    {
        get
        {
            var output = Path.GetRelativePath(Path.Combine(Root, "e2e", "ConsentManager.E2E"), AppContext.BaseDirectory);
            var assembly = Path.Combine(ApiProject, output, "ConsentManager.Api.dll");
            return File.Exists(assembly)
                ? assembly
                : throw new FileNotFoundException($"The API is not built at '{assembly}': run 'dotnet build ConsentManager.sln' first.");
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ConsentManager.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No ConsentManager.sln above '{AppContext.BaseDirectory}'.");
    }
}
