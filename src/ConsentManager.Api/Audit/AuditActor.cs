using System.Security.Claims;
using ConsentManager.Api.Privacy;
using ConsentManager.Api.Security;
using ConsentManager.Api.Visitors;

namespace ConsentManager.Api.Audit;

/// <summary>
/// Who made a request, as the audit log records it: the key id (never the key), <c>visitor</c> for a visitor's
/// token, else <c>anonymous</c>; the client's network (never its address) and the request id.
/// </summary>
public sealed record AuditActor(string Actor, string? Network, string? RequestId)
{
    public const string Visitor = "visitor";
    public const string Anonymous = "anonymous";

    public static readonly AuditActor System = new("system", null, null);

    public static AuditActor From(HttpContext context) =>
        new(Name(context), context.Connection.RemoteIpAddress is { } address ? IpPrefix.Of(address) : null, context.TraceIdentifier);

    private static string Name(HttpContext context)
    {
        if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } keyId)
        {
            return keyId;
        }

        // A key that did not verify still names its id (the part before the secret); the secret is never kept.
        if (ApiKeyService.PresentedKeyId(context.Request.Headers.Authorization.ToString()) is { } presented)
        {
            return presented;
        }

        return context.Request.Headers.ContainsKey(VisitorTokens.Header) ? Visitor : Anonymous;
    }
}
