using System.Security.Cryptography;
using System.Text;

namespace ConsentManager.Api.Webhooks;

/// <summary>
/// <c>v1,</c> + base64 HMAC-SHA256 over <c>{id}.{timestamp}.{body}</c>, keyed with the base64 part of the
/// <c>whsec_</c> secret. Written here because the Svix libraries are not available to this build.
/// </summary>
internal sealed class StandardWebhookSigner : IWebhookSigner
{
    public const string SecretPrefix = "whsec_";

    public string Sign(string secret, string webhookId, long timestamp, string body)
    {
        var key = Convert.FromBase64String(secret[SecretPrefix.Length..]);
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{webhookId}.{timestamp}.{body}"));
        return $"v1,{Convert.ToBase64String(mac)}";
    }

    public static string NewSecret() => SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));

    /// <summary>True for <c>whsec_</c> + base64 of 24 to 64 bytes.</summary>
    public static bool IsSecret(string value)
    {
        if (!value.StartsWith(SecretPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var buffer = new byte[64];
        return Convert.TryFromBase64String(value[SecretPrefix.Length..], buffer, out var length) && length >= 24;
    }
}
