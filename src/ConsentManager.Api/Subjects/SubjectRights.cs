using ConsentManager.Api.Audit;
using ConsentManager.Api.Changes;
using ConsentManager.Api.Consents;
using ConsentManager.Api.Errors;
using ConsentManager.Api.Freshness;
using ConsentManager.Api.Sightings;
using ConsentManager.Api.Sites;

namespace ConsentManager.Api.Subjects;

/// <summary>
/// The data-subject rights on one site: access (every receipt, sighting, restriction), erasure (leaving a
/// tombstone), and restriction (decisions answer <c>restricted</c>; data served to admins only). Rectification needs
/// nothing here: a new receipt supersedes the current one and both stay as proof. Erasure and restriction changes
/// are published on the change feed under ids derived from what they changed, so a retried request republishes the
/// same event, which the feed stores once.
/// </summary>
public sealed class SubjectRights(
    SiteDirectory sites,
    IConsentStore consents,
    ISightingStore sightings,
    RedisSubjectStore store,
    AuditSigner signer,
    IChangeFeed changes,
    VisitorChangeSignal signal,
    TimeProvider time)
{
    public async Task<VisitorDataResponse> AccessAsync(string siteId, string visitorId)
    {
        await sites.GetRequiredAsync(siteId);
        var receipts = await consents.GetHistoryAsync(siteId, visitorId, int.MaxValue);
        var sighting = await sightings.FindAsync(siteId, visitorId);
        return new VisitorDataResponse(siteId, visitorId, receipts, sighting, await store.FindRestrictionAsync(siteId, visitorId));
    }

    public async Task<Tombstone> EraseAsync(string siteId, string visitorId)
    {
        await sites.GetRequiredAsync(siteId);
        var visitorHash = signer.HashVisitor(siteId, visitorId);
        var tombstone = await store.EraseAsync(siteId, visitorId, visitorHash, time.GetUtcNow());
        await signal.PublishAsync(siteId, visitorId);
        await changes.PublishAsync(
            new ChangeEvent($"evt_erased_{visitorHash}", ChangeTypes.SubjectErased, tombstone.ErasedAt, siteId, visitorId));
        return tombstone;
    }

    public async Task<Restriction> RestrictAsync(string siteId, string visitorId, string by)
    {
        await sites.GetRequiredAsync(siteId);
        var restriction = await store.RestrictAsync(siteId, visitorId, new Restriction(time.GetUtcNow(), by));
        await signal.PublishAsync(siteId, visitorId);
        await changes.PublishAsync(RestrictionEvent(ChangeTypes.SubjectRestricted, siteId, visitorId, restriction, restriction.Since));
        return restriction;
    }

    public async Task LiftRestrictionAsync(string siteId, string visitorId)
    {
        await sites.GetRequiredAsync(siteId);
        var restriction = await store.FindRestrictionAsync(siteId, visitorId)
                          ?? throw ApiProblemException.NotFound($"Visitor '{visitorId}' of site '{siteId}' is not restricted.");
        // Published before the restriction goes: a crash in between leaves it in place, and the retry republishes.
        var lifted = RestrictionEvent(ChangeTypes.SubjectRestrictionLifted, siteId, visitorId, restriction, time.GetUtcNow());
        await changes.PublishAsync(lifted);
        await store.LiftRestrictionAsync(siteId, visitorId);
        await signal.PublishAsync(siteId, visitorId);
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
                $"Visitor '{visitorId}' of site '{siteId}' was erased at {tombstone.ErasedAt:O}; it cannot record consent again. " +
                "Start as a new visitor.");
        }
    }

    // One restriction (identified by when it began) is restricted once and lifted once.
    private ChangeEvent RestrictionEvent(string type, string siteId, string visitorId, Restriction restriction, DateTimeOffset at) =>
        new($"evt_{type.Replace('.', '_')}_{signer.HashVisitor(siteId, visitorId)}_{restriction.Since.ToUnixTimeMilliseconds()}",
            type, at, siteId, visitorId);
}
