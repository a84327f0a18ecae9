using ConsentManager.Api.Audit;
using ConsentManager.Api.Consents;
using ConsentManager.Api.Errors;
using ConsentManager.Api.Sites;

namespace ConsentManager.Api.Subjects;

/// <summary>
/// The data-subject rights on one site: access (every receipt, sighting, restriction), erasure (leaving a
/// tombstone), and restriction (decisions answer <c>restricted</c>; data served to admins only). Rectification needs
/// nothing here: a new receipt supersedes the current one and both stay as proof.
/// </summary>
public sealed class SubjectRights(SiteDirectory sites, IConsentStore consents, RedisSubjectStore store, AuditSigner signer, TimeProvider time)
{
    public async Task<VisitorDataResponse> AccessAsync(string siteId, string visitorId)
    {
        await sites.GetRequiredAsync(siteId);
        var receipts = await consents.GetHistoryAsync(siteId, visitorId, int.MaxValue);
        var sighting = await consents.FindSightingAsync(siteId, visitorId);
        return new VisitorDataResponse(siteId, visitorId, receipts, sighting, await store.FindRestrictionAsync(siteId, visitorId));
    }

    public async Task<Tombstone> EraseAsync(string siteId, string visitorId)
    {
        await sites.GetRequiredAsync(siteId);
        return await store.EraseAsync(siteId, visitorId, signer.HashVisitor(siteId, visitorId), time.GetUtcNow());
    }

    public async Task<Restriction> RestrictAsync(string siteId, string visitorId, string by)
    {
        await sites.GetRequiredAsync(siteId);
        return await store.RestrictAsync(siteId, visitorId, new Restriction(time.GetUtcNow(), by));
    }

    public async Task LiftRestrictionAsync(string siteId, string visitorId)
    {
        await sites.GetRequiredAsync(siteId);
        if (!await store.LiftRestrictionAsync(siteId, visitorId))
        {
            throw ApiProblemException.NotFound($"Visitor '{visitorId}' of site '{siteId}' is not restricted.");
        }
    }

    public async Task<bool> IsRestrictedAsync(string siteId, string visitorId) =>
        await store.FindRestrictionAsync(siteId, visitorId) is not null;

    /// <summary>Refuses serving a restricted visitor's data through anything but the admin API.</summary>
    public async Task EnsureNotRestrictedAsync(string siteId, string visitorId)
    {
        if (await IsRestrictedAsync(siteId, visitorId))
        {
            throw new ApiProblemException(StatusCodes.Status403Forbidden, "Visitor restricted",
                $"Processing of visitor '{visitorId}' on site '{siteId}' is restricted: their data is served to the site's admins only.");
        }
    }

    /// <summary>
    /// Refuses recording for an erased visitor (a replayed old receipt, or a browser still holding the old token):
    /// 403, which the widget answers by starting over as a new visitor.
    /// </summary>
    public async Task EnsureNotErasedAsync(string siteId, string visitorId)
    {
        if (await store.FindTombstoneAsync(siteId, signer.HashVisitor(siteId, visitorId)) is { } tombstone)
        {
            throw new ApiProblemException(StatusCodes.Status403Forbidden, "Visitor erased",
                $"Visitor '{visitorId}' of site '{siteId}' was erased at {tombstone.ErasedAt:O}; it cannot record consent again. Start as a new visitor.");
        }
    }
}
