using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConsentManager.IntegrationTests.OpenApi;

/// <summary>The committed contract, <c>contracts/openapi.v1.json</c>, in the pretty form it is kept in.</summary>
internal static class OpenApiSnapshot
{
    public const string UpdateVariable = "UPDATE_OPENAPI_SNAPSHOT";

    public const string RegenerateCommand =
        $"{UpdateVariable}=1 dotnet test tests/ConsentManager.IntegrationTests --filter OpenApi";

    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Path => System.IO.Path.Combine(RepositoryRoot(), "contracts", "openapi.v1.json");

    public static bool UpdateRequested => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    public static string Format(string json) => JsonNode.Parse(json)!.ToJsonString(Pretty) + "\n";

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "ConsentManager.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No ConsentManager.sln above {AppContext.BaseDirectory}.");
    }
}
