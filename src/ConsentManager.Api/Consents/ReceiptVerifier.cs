using ConsentManager.Api.Errors;
using ConsentManager.Api.Sites;
using ConsentManager.Api.Texts;

namespace ConsentManager.Api.Consents;

/// <summary>
/// Recomputes what makes a stored receipt proof: its hash over its content, its MAC, its link to the visitor's
/// previous receipt, and the hash of the archived texts it names. Any edit made directly in the store fails one.
/// </summary>
public sealed class ReceiptVerifier(SiteDirectory sites, IConsentStore store, ReceiptSealer sealer, TextArchive archive)
{
    public async Task<ReceiptVerification> VerifyAsync(string siteId, string receiptId)
    {
        await sites.GetRequiredAsync(siteId);
        var claim = await store.FindClaimAsync(siteId, receiptId);
        var receipt = (claim is null ? null : await store.FindReceiptAsync(siteId, claim.VisitorId, receiptId))
                      ?? throw ApiProblemException.NotFound($"Receipt '{receiptId}' is not stored on site '{siteId}'.");

        var hash = ReceiptSealer.HashOf(receipt);
        var macProblem = sealer.MacProblem(receipt);
        ReceiptCheck[] checks =
        [
            new("hash", hash == receipt.Hash,
                hash == receipt.Hash ? "The content matches its hash." : $"The content hashes to '{hash}', not '{receipt.Hash}'."),
            new("mac", macProblem is null, macProblem ?? $"The MAC matches under key '{receipt.MacKeyId}'."),
            await ChainCheckAsync(receipt),
            await TextCheckAsync(receipt),
        ];
        return new ReceiptVerification(checks.All(check => check.Passed), checks);
    }

    private async Task<ReceiptCheck> ChainCheckAsync(ConsentReceipt receipt)
    {
        if (receipt.PreviousReceiptId is null)
        {
            return receipt.PreviousHash is null
                ? new("chain", true, "The visitor's first receipt.")
                : new("chain", false, "The receipt names a previous hash but no previous receipt.");
        }

        var previous = await store.FindReceiptAsync(receipt.SiteId, receipt.VisitorId, receipt.PreviousReceiptId);
        if (previous is null)
        {
            return new("chain", false, $"The previous receipt '{receipt.PreviousReceiptId}' is not stored any more.");
        }

        var previousHash = ReceiptSealer.HashOf(previous);
        return previousHash == receipt.PreviousHash
            ? new("chain", true, $"Linked to receipt '{previous.ReceiptId}'.")
            : new("chain", false,
                $"The previous receipt '{previous.ReceiptId}' hashes to '{previousHash}', not '{receipt.PreviousHash}'.");
    }

    private async Task<ReceiptCheck> TextCheckAsync(ConsentReceipt receipt)
    {
        if (receipt.TextHash is null)
        {
            return new("text", true, "No texts recorded.");
        }

        var json = await archive.FindJsonAsync(receipt.SiteId, receipt.TextHash);
        if (json is null)
        {
            return new("text", false, $"The texts '{receipt.TextHash}' are not archived.");
        }

        var archived = TextArchive.HashOf(json);
        return archived == receipt.TextHash
            ? new("text", true, "The archived texts match their hash.")
            : new("text", false, $"The archived texts hash to '{archived}', not '{receipt.TextHash}'.");
    }
}
