using System.Net;

namespace ConsentManager.Api.Http;

/// <summary>
/// What the request itself says about the visitor: their address (after trusted-proxy handling) and the Global
/// Privacy Control header. The address is personal data: it is only ever looked up or minimised, never kept; the
/// user agent only ever classified (device class), never kept.
/// </summary>
public sealed record ClientSignals(IPAddress? Address, bool Gpc, string? UserAgent)
{
    public static ClientSignals From(HttpContext context) =>
        new(context.Connection.RemoteIpAddress, context.Request.Headers["Sec-GPC"] == "1", context.Request.Headers.UserAgent);
}
