using System.Security.Cryptography;
using System.Text;
using ConsentManager.Api.Consents;
using Microsoft.Extensions.Options;

namespace ConsentManager.Api.Audit;

/// <summary>
/// Without <c>Audit__HashKeys</c> the audit keys are derived from the receipt MAC keys (one HMAC each, under a label
/// of their own), so a deployment needs no extra secret; set them to keep the audit chain independent of receipt-key
/// rotation.
/// </summary>
internal sealed class DerivedAuditKeys(IOptions<ReceiptOptions> receipts) : IPostConfigureOptions<AuditOptions>
{
    private static readonly byte[] Label = Encoding.UTF8.GetBytes("cm-audit-hash-key-v1");

    public void PostConfigure(string? name, AuditOptions options)
    {
        if (options.HashKeys.Count == 0)
        {
            options.HashKeys.AddRange(receipts.Value.MacKeys.Select(key =>
                Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Label))));
        }
    }
}
