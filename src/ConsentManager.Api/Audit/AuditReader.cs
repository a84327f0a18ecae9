using ConsentManager.Api.Errors;

namespace ConsentManager.Api.Audit;

/// <summary>Reads an audit log newest first in pages, and checks its chain from the first entry kept to the head.</summary>
public sealed class AuditReader(RedisAuditStore store, AuditSigner signer)
{
    public const int MaxLimit = 500;
    private const int VerifyBatch = 1000;

    public async Task<AuditPage> QueryAsync(string siteId, AuditQuery query)
    {
        var errors = new ValidationErrors();
        errors.Require(query.Limit is >= 1 and <= MaxLimit, "limit", $"limit {query.Limit} is outside 1..{MaxLimit}.");
        errors.Require(query.Cursor is null || AuditCursor.IsValid(query.Cursor), "cursor",
            $"cursor '{query.Cursor}' is not one this API returned.");
        errors.Require(query.From is null || query.To is null || query.From <= query.To, "from", "from must not be after to.");
        errors.ThrowIfAny();

        var upper = query.Cursor is { } cursor ? $"({cursor}" : query.To is { } to ? $"{to.ToUnixTimeMilliseconds()}" : "+";
        var lower = query.From is { } from ? $"{from.ToUnixTimeMilliseconds()}" : "-";
        var entries = new List<AuditEntry>();
        string? lastId = null;
        while (entries.Count < query.Limit)
        {
            var batch = await store.RangeAsync(siteId, upper, lower, query.Limit, newestFirst: true);
            foreach (var (id, entry) in batch.Where(item => query.Action is null || item.Entry.Action == query.Action))
            {
                entries.Add(entry);
                lastId = id;
                if (entries.Count == query.Limit)
                {
                    return new AuditPage(entries, lastId);
                }
            }

            if (batch.Count < query.Limit)
            {
                return new AuditPage(entries, null);
            }

            upper = $"({batch[^1].Id}";
        }

        return new AuditPage(entries, lastId);
    }

    public async Task<AuditVerification> VerifyAsync(string? siteId)
    {
        var head = await store.ReadHeadAsync(siteId);
        AuditEntry? previous = null;
        var lower = "-";
        var count = 0;
        while (true)
        {
            var batch = await store.RangeAsync(siteId, lower, "+", VerifyBatch, newestFirst: false);
            foreach (var (id, entry) in batch)
            {
                var problem = previous is null ? CheckFirst(id, entry, head) : CheckNext(id, entry, previous);
                if (problem is not null)
                {
                    return new AuditVerification(false, count, entry.Seq, problem);
                }

                previous = entry;
                count++;
            }

            if (batch.Count < VerifyBatch)
            {
                break;
            }

            lower = $"({batch[^1].Id}";
        }

        var endsAtHead = previous?.Seq == head.Seq && previous.Hash == head.Hash || (previous is null && head.Seq == 0);
        return endsAtHead
            ? new AuditVerification(true, count, null, null)
            : new AuditVerification(false, count, head.Seq,
                $"The log ends at seq {previous?.Seq ?? 0} but its head is seq {head.Seq}: entries were removed.");
    }

    private string? CheckFirst(string id, AuditEntry entry, AuditHead head)
    {
        var expectedSeq = head.FirstKept is null ? 1 : AuditCursor.SeqOf(head.FirstKept);
        return entry.Seq != expectedSeq
            ? $"The log starts at seq {entry.Seq}, expected {expectedSeq}: entries were removed."
            : CheckEntry(id, entry);
    }

    private string? CheckNext(string id, AuditEntry entry, AuditEntry previous) =>
        entry.Seq != previous.Seq + 1 ? $"Seq {entry.Seq} follows seq {previous.Seq}: entries were removed."
        : entry.PreviousHash != previous.Hash ? $"Entry {entry.Seq} does not chain to entry {previous.Seq}."
        : CheckEntry(id, entry);

    private string? CheckEntry(string id, AuditEntry entry) =>
        AuditCursor.SeqOf(id) != entry.Seq ? $"Entry {entry.Seq} is stored under another position ({id})."
        : signer.IsIntact(entry) ? null : $"Entry {entry.Seq} was altered: its hash does not match its content.";
}
