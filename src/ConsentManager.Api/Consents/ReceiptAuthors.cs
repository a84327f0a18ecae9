using ConsentManager.Api.Errors;
using ConsentManager.Api.Subjects;
using ConsentManager.Api.Visitors;

namespace ConsentManager.Api.Consents;

/// <summary>
/// Who may write a receipt: the visitor proven by its token, or a visitor the request mints. A visitor id alone
/// proves nothing (processors and admins know it); an erased visitor's token proves a visitor that is gone. Every
/// refusal happens before anything is stored.
/// </summary>
public sealed class ReceiptAuthors(VisitorTokens tokens, IConsentStore store, SubjectRights subjects, TimeProvider time)
{
    // Long enough for a client's retries after a lost response; short enough that a receipt id seen later (logs,
    // an admin's screen) does not hand out the visitor's token.
    private static readonly TimeSpan FreshMint = TimeSpan.FromMinutes(5);

    public async Task<ReceiptAuthor> IdentifyAsync(
        string siteId, string receiptId, RecordConsentRequest request, TimeSpan claimLifetime)
    {
        var author = Prove(siteId, request);
        if (!author.Minted)
        {
            await subjects.EnsureNotErasedAsync(siteId, author.VisitorId);
        }

        var now = time.GetUtcNow();
        var wanted = new ReceiptClaim(author.VisitorId, author.Minted ? now : null);
        var claim = await store.ClaimReceiptIdAsync(siteId, receiptId, wanted, claimLifetime);
        if (claim.VisitorId == author.VisitorId)
        {
            return author;
        }

        // Only the retry of a request that minted its visitor may follow a receipt id to that visitor: it never
        // learned who it is. A proven visitor, or a receipt id claimed by a proven visitor, is a conflict.
        if (!author.Minted || claim.MintedAt is not { } mintedAt)
        {
            throw ApiProblemException.Conflict($"Receipt '{receiptId}' already belongs to another visitor.");
        }

        var token = now - mintedAt <= FreshMint ? tokens.Issue(siteId, claim.VisitorId) : null;
        return new ReceiptAuthor(claim.VisitorId, token, Minted: true);
    }

    private ReceiptAuthor Prove(string siteId, RecordConsentRequest request)
    {
        if (request.VisitorToken is null && request.VisitorId is null)
        {
            var (visitorId, token) = tokens.Mint(siteId);
            return new ReceiptAuthor(visitorId, token, Minted: true);
        }

        var verified = tokens.Verify(siteId, request.VisitorToken)
                       ?? throw ApiProblemException.Forbidden(request.VisitorToken is null
                           ? $"Visitor '{request.VisitorId}' can only record consent with its visitorToken (from /config)."
                           : $"The visitorToken is not valid for site '{siteId}'; load /config for a new visitor.");
        if (request.VisitorId is not null && request.VisitorId != verified)
        {
            throw ApiProblemException.Forbidden($"The visitorToken belongs to another visitor than '{request.VisitorId}'.");
        }

        return new ReceiptAuthor(verified, request.VisitorToken, Minted: false);
    }
}
