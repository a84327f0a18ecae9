using ConsentManager.Api.Sites;
using ConsentManager.Api.Storage;
using Microsoft.Extensions.Options;

namespace ConsentManager.Api.Audit;

/// <summary>
/// Appends to a site's audit log, or to the global one when the site does not exist (so a stranger probing made-up
/// site ids cannot create logs): seals each entry onto the chain's head and retries when another writer moved the
/// head first. Entries older than <see cref="AuditOptions.RetentionDays"/> are trimmed as new ones arrive.
/// </summary>
public sealed class AuditLog(
    RedisAuditStore store, AuditSigner signer, SiteDirectory sites, IOptions<AuditOptions> options, TimeProvider time)
{
    private const int Attempts = 20;

    public async Task<AuditEntry> RecordAsync(string? siteId, string action, AuditActor actor, int outcome,
        string? visitorId = null, string? detail = null)
    {
        var subject = visitorId is null || siteId is null ? null : signer.HashVisitor(siteId, visitorId);
        if (siteId is not null && (!Identifiers.IsSiteId(siteId) || await sites.FindAsync(siteId) is null))
        {
            detail = Identifiers.IsSiteId(siteId) ? $"site '{siteId}'; {detail}".TrimEnd(' ', ';') : detail;
            siteId = null;
        }

        return await AppendAsync(siteId, action, actor, outcome, subject, detail);
    }

    private async Task<AuditEntry> AppendAsync(
        string? siteId, string action, AuditActor actor, int outcome, string? subject, string? detail)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var head = await store.ReadHeadAsync(siteId);
            var now = time.GetUtcNow();
            // Stream ids must grow: a clock that stepped back keeps the head's millisecond.
            var milliseconds = Math.Max(now.ToUnixTimeMilliseconds(), head.Milliseconds);
            var entry = signer.Seal(new AuditEntry(head.Seq + 1, now, action, actor.Actor, subject, outcome, actor.RequestId,
                actor.Network, detail, head.Hash, null, null));
            if (await store.TryAppendAsync(siteId, entry, milliseconds, now.AddDays(-options.Value.RetentionDays)))
            {
                return entry;
            }
        }

        throw new StoreUnavailableException($"The audit log stayed contended for {Attempts} attempts.");
    }
}
