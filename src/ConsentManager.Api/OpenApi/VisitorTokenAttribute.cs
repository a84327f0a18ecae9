namespace ConsentManager.Api.OpenApi;

/// <summary>
/// Marks an endpoint that takes the visitor's <c>Visitor-Token</c> header, so the OpenAPI document declares it:
/// required, or optional when the endpoint also serves a visitor without one.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class VisitorTokenAttribute : Attribute
{
    public bool Optional { get; init; }
}
