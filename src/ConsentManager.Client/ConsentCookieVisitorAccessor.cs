using System.Buffers.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace ConsentManager.Client;

/// <summary>
/// Reads the visitor id from the widget's first-party cookie <c>cm_consent_{siteId}</c> (base64url JSON): the
/// decision's <c>visitorId</c>, or else the id its <c>visitorToken</c> (<c>{visitorId}.{mac}</c>) was issued to, which
/// is all the cookie holds under opt-out before an answer. Only the id is taken: the choices in the cookie are the
/// browser's copy, and the gate asks the API instead of trusting them.
/// </summary>
public sealed class ConsentCookieVisitorAccessor : IVisitorAccessor
{
    /// <summary>The widget's cookie name prefix; characters other than letters, digits, '_' and '-' become '_'.</summary>
    public const string CookiePrefix = "cm_consent_";

    /// <inheritdoc />
    public string? GetVisitorId(HttpContext context, string siteId)
    {
        var name = CookiePrefix + string.Concat(siteId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '_'));
        if (context.Request.Cookies[name] is not { Length: > 0 and < 4096 } value)
        {
            return null;
        }

        try
        {
            using var record = JsonDocument.Parse(Base64Url.DecodeFromChars(value.TrimEnd('=')));
            return StringProperty(record.RootElement, "visitorId") ?? TokenVisitor(StringProperty(record.RootElement, "visitorToken"));
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            // A tampered or foreign cookie is the same as no visitor: the gate answers "no consent".
            return null;
        }
    }

    private static string? StringProperty(JsonElement record, string name) =>
        record.ValueKind == JsonValueKind.Object && record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    // The API verifies the token; the gate only needs the id it names, to ask about that visitor.
    private static string? TokenVisitor(string? token) => token?.LastIndexOf('.') is > 0 and var dot ? token[..dot] : null;
}
