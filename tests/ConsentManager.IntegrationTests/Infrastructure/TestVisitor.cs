using System.Text.Json;

namespace ConsentManager.IntegrationTests.Infrastructure;

/// <summary>A visitor as its browser knows itself: the id and the token that proves it.</summary>
public sealed record TestVisitor(string Id, string Token)
{
    /// <summary>The visitor a /config response or a receipt response names.</summary>
    public static TestVisitor From(JsonElement response) =>
        new(response.GetProperty("visitorId").GetString()!, response.GetProperty("visitorToken").GetString()!);
}
