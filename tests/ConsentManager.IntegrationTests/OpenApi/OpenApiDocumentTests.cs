using System.Text.Json;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.OpenApi;

/// <summary>The served OpenAPI document: the committed contract, with ids, descriptions and credentials for generated clients.</summary>
[Collection(ApiCollection.Name)]
public sealed class OpenApiDocumentTests(ConsentApiApplication app)
{
    [Fact]
    public async Task OpenApi_Document_Matches_The_Committed_Snapshot()
    {
        var live = OpenApiSnapshot.Format(await app.CreateClient().GetStringAsync("/openapi/v1.json"));
        if (OpenApiSnapshot.UpdateRequested)
        {
            await File.WriteAllTextAsync(OpenApiSnapshot.Path, live);
        }

        var committed = File.Exists(OpenApiSnapshot.Path) ? await File.ReadAllTextAsync(OpenApiSnapshot.Path) : "(missing)";

        Assert.True(committed == live,
            $"The served /openapi/v1.json differs from {OpenApiSnapshot.Path}: the HTTP contract changed. If that is intended, " +
            $"regenerate the snapshot with `{OpenApiSnapshot.RegenerateCommand}` and review its diff.");
    }

    [Fact]
    public async Task OpenApi_Every_Operation_Has_A_Unique_Id_And_A_Description()
    {
        var operations = Operations(await DocumentAsync()).ToList();

        var ids = operations.Select(operation => operation.Body.GetProperty("operationId").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(operations, operation => Assert.False(
            string.IsNullOrWhiteSpace(operation.Body.GetProperty("description").GetString()), operation.Key));
        Assert.Contains("Consents_Record", ids);
        Assert.Contains("Widget_GetScript_Head", ids);
    }

    [Theory]
    [InlineData("put /v1/sites/{siteId}", """[{"apiKey-admin":[]}]""")]
    [InlineData("post /v1/sites/{siteId}/keys", """[{"apiKey-admin":[]}]""")]
    [InlineData("get /v1/sites/{siteId}/consents/{visitorId}/history", """[{"apiKey-admin":[]}]""")]
    [InlineData("get /v1/sites/{siteId}/decisions/{visitorId}", """[{"apiKey-decisions-read":[]},{"apiKey-admin":[]}]""")]
    [InlineData("get /v1/sites/{siteId}/config", """[{"visitorToken":[]},{}]""")]
    [InlineData("get /v1/sites/{siteId}/consents/{visitorId}", """[{"visitorToken":[]}]""")]
    [InlineData("post /v1/sites/{siteId}/consents", null)]
    public async Task OpenApi_Operation_Declares_The_Credentials_It_Takes(string operationKey, string? security)
    {
        var document = await DocumentAsync();

        var operation = Operations(document).Single(candidate => candidate.Key == operationKey).Body;

        Assert.Equal(security, operation.TryGetProperty("security", out var declared) ? JsonSerializer.Serialize(declared) : null);
        var schemes = document.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("bearer", schemes.GetProperty("apiKey-decisions-read").GetProperty("scheme").GetString());
        Assert.Equal("Visitor-Token", schemes.GetProperty("visitorToken").GetProperty("name").GetString());
    }

    private async Task<JsonElement> DocumentAsync() =>
        JsonDocument.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json")).RootElement.Clone();

    private static IEnumerable<(string Key, JsonElement Body)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject().SelectMany(path =>
            path.Value.EnumerateObject().Select(method => ($"{method.Name} {path.Name}", method.Value)));
}
