using System.Security.Cryptography;
using System.Text;

namespace ConsentManager.Client;

/// <summary>
/// Checks a Standard Webhooks signature: <c>webhook-signature</c> holds <c>v1,</c> + base64 HMAC-SHA256 over
/// <c>{webhook-id}.{webhook-timestamp}.{body}</c>, keyed with the base64 part of the <c>whsec_</c> secret.
/// Deliveries older or newer than five minutes are refused as replays.
/// </summary>
public sealed class WebhookVerifier
{
    /// <summary>How far <c>webhook-timestamp</c> may be from now.</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    private readonly byte[] _key;
    private readonly TimeProvider _time;

    /// <param name="secret">The webhook's <c>whsec_…</c> secret.</param>
    /// <param name="time">The clock for the replay window; the system clock when null.</param>
    public WebhookVerifier(string secret, TimeProvider? time = null)
    {
        const string prefix = "whsec_";
        if (!secret.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new ArgumentException("A webhook secret starts with 'whsec_'.", nameof(secret));
        }

        _key = Convert.FromBase64String(secret[prefix.Length..]);
        _time = time ?? TimeProvider.System;
    }

    /// <summary>True when one of the signatures matches and the timestamp is within <see cref="Tolerance"/>.</summary>
    public bool Verify(string? webhookId, string? timestamp, string? signature, string body)
    {
        if (string.IsNullOrEmpty(webhookId) || !long.TryParse(timestamp, out var seconds) || string.IsNullOrEmpty(signature))
        {
            return false;
        }

        var sentAt = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, DateTimeOffset.MaxValue.ToUnixTimeSeconds()));
        if ((_time.GetUtcNow() - sentAt).Duration() > Tolerance)
        {
            return false;
        }

        var expected = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{webhookId}.{timestamp}.{body}"));
        // Several space-separated signatures appear while a secret is being rotated.
        return signature.Split(' ').Any(candidate => Matches(candidate, expected));
    }

    private static bool Matches(string candidate, byte[] expected)
    {
        var parts = candidate.Split(',', 2);
        var given = new byte[expected.Length + 3];
        return parts is ["v1", var value]
               && Convert.TryFromBase64String(value, given, out var length)
               && CryptographicOperations.FixedTimeEquals(given.AsSpan(0, length), expected);
    }
}
