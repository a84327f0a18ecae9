using System.Security.Cryptography;

namespace ConsentManager.Api.Demo;

/// <summary>
/// <c>?csp=strict</c>: the demo page under the strict Content Security Policy many job boards run (no
/// <c>'unsafe-inline'</c> anywhere), so the widget can be seen and tested working without inline styles or scripts.
/// </summary>
internal static class DemoCsp
{
    public const string QueryValue = "strict";

    /// <summary>Sends the policy with a fresh nonce and returns the nonce, or null when the visit asked for no CSP.</summary>
    public static string? Apply(HttpRequest request)
    {
        if (request.Query["csp"] != QueryValue)
        {
            return null;
        }

        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        // The widget and the API share the demo's origin, so 'self' also covers "<api origin>" of the documented policy.
        request.HttpContext.Response.Headers.ContentSecurityPolicy = $"script-src 'self' 'nonce-{nonce}'; style-src 'self'";
        return nonce;
    }
}
