namespace ConsentManager.Api.Visitors;

/// <summary>Bound from the <c>VisitorTokens</c> configuration section (<c>VisitorTokens__Keys__0</c>, <c>__1</c>, …).</summary>
public sealed class VisitorTokenOptions
{
    public const string Section = "VisitorTokens";

    /// <summary>HMAC keys (at least 32 characters each): the first signs new tokens, all verify.</summary>
    public List<string> Keys { get; set; } = [];
}
