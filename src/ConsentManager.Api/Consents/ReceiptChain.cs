using ConsentManager.Api.Errors;

namespace ConsentManager.Api.Consents;

/// <summary>
/// Appends a receipt to its visitor's chain: links it to the current receipt (id and hash), seals it, and lets the
/// append script refuse it when another receipt became current in between; then re-links and tries again.
/// </summary>
public sealed class ReceiptChain(IConsentStore store, ReceiptSealer sealer)
{
    // An attempt fails only when another receipt of the visitor was appended in between, so n concurrent writes
    // for one visitor all land within n attempts; a browser's own writes are never near this many.
    private const int MaxAttempts = 20;

    public async Task<AppendResult> AppendAsync(ConsentReceipt draft, string fingerprint, TimeSpan retention)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var current = await store.FindCurrentAsync(draft.SiteId, draft.VisitorId);
            var receipt = sealer.Seal(draft with { PreviousReceiptId = current?.ReceiptId, PreviousHash = current?.Hash });
            var result = await store.AppendAsync(receipt, fingerprint, retention);
            if (result.Outcome != AppendOutcome.Moved)
            {
                return result;
            }
        }

        throw ApiProblemException.Conflict(
            $"Receipts of visitor '{draft.VisitorId}' kept changing while receipt '{draft.ReceiptId}' was recorded; retry it.");
    }
}
