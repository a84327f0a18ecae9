using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using ConsentManager.Api.Secrets;
using Microsoft.Extensions.Options;

namespace ConsentManager.Api.Visitors;

/// <summary>
/// Who may act as a visitor. The visitor id only refers to a visitor (processors, admins, webhooks see it); the
/// token proves being that visitor's browser: <c>{visitorId}.{mac}</c>, the MAC an HMAC-SHA256 (128 bits kept)
/// of site and visitor under the <c>VisitorTokens</c> keys, so it is checked without a store lookup.
/// </summary>
public sealed class VisitorTokens(IOptions<VisitorTokenOptions> options)
{
    public const string Header = "Visitor-Token";
    private const int MacBytes = 16;

    private readonly KeyRing _keys = new(options.Value.Keys);

    /// <summary>A new visitor: 128 random bits, URL-safe, and its token.</summary>
    public (string VisitorId, string Token) Mint(string siteId)
    {
        var visitorId = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        return (visitorId, Issue(siteId, visitorId));
    }

    public string Issue(string siteId, string visitorId) =>
        $"{visitorId}.{Base64Url.EncodeToString(_keys.Sign(Message(siteId, visitorId)).AsSpan(0, MacBytes))}";

    /// <summary>The visitor a token proves to be on <paramref name="siteId"/>, or null for a missing, malformed or forged token.</summary>
    public string? Verify(string siteId, string? token)
    {
        var dot = token?.LastIndexOf('.') ?? -1;
        if (token is null || dot <= 0 || token.Length > 128)
        {
            return null;
        }

        var visitorId = token[..dot];
        Span<byte> mac = stackalloc byte[MacBytes + 2];
        return Identifiers.IsVisitorId(visitorId)
               && Base64Url.TryDecodeFromChars(token.AsSpan(dot + 1), mac, out var written)
               && written == MacBytes
               && _keys.Verifies(Message(siteId, visitorId), mac[..written])
            ? visitorId
            : null;
    }

    private static byte[] Message(string siteId, string visitorId) => Encoding.UTF8.GetBytes($"cm-visitor-v1|{siteId}|{visitorId}");
}
