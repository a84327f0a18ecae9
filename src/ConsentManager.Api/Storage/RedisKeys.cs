using System.Globalization;

namespace ConsentManager.Api.Storage;

/// <summary>
/// Every Redis key the API uses is built here. Layout (values in brackets are hash tags, so keys that one
/// operation touches together live in one Cluster slot):
/// <code>
/// cm:site:{siteId}                          string  site definition (JSON)
/// cm:site:{siteId}:keys                     set     ids of the site's API keys
/// cm:key:{keyId}                            string  API key record (JSON; SHA-256 of the key, never the key)
/// cm:site:{siteId}:text:sha256hex           string  archived text set (JSON exactly as hashed; NX, no expiry)
/// cm:v:{siteId:visitorId}:history           list    receipt ids, oldest first (append-only); the last is the current
///                                                   receipt (the chain's head)
/// cm:v:{siteId:visitorId}:r:receiptId       string  one receipt: its content fingerprint (SHA-256, 32 bytes), then its
///                                                   data (sealed; compact or JSON, see ReceiptFormat)
/// Receipt layout 1 (every version before layout 2; written with Receipts__Layout=1 during a rolling upgrade), always
/// read and erased: a receipt as a hash (data, fp as hex) and the visitor's cm:v:{siteId:visitorId}:current string
/// holding the id of the history's last entry (deleted by the next layout-2 append).
/// cm:v:{siteId:visitorId}:seen              string  latest sighting: country|subdivision|gpc|seenAt (no address)
/// cm:ri:{siteId:receiptId}                  string  claim on a receipt id: visitorId [mintedAt ms] (idempotent retries)
/// cm:st:{siteId}:day:dimension              hash    stats of one UTC day (yyyy-MM-dd); dimension all, country, regime,
///                                                   variant or device; fields "value|metric" or "value|s:shape"
///                                                   (no value for all; see ReceiptShape)
/// cm:st:{siteId}:day:counted                set     16-byte receipt ids already counted on that day
/// cm:site:{siteId}:changes                  stream  the site's change feed (entries: id, event JSON)
/// cm:site:{siteId}:changes:published:day   set     ids of the events published on that UTC day (yyyy-MM-dd), kept 8
///                                                   days after the day's last: a retry within 7 days is not published
///                                                   again. (Before: one key per event, cm:site:{siteId}:change:eventId,
///                                                   expiring after 7 days.)
/// cm:site:{siteId}:webhooks                 hash    webhookId -> webhook (JSON, with its signing secret)
/// cm:site:{siteId}:webhooks:failing         hash    webhookId -> when it was marked failing
/// cm:site:{siteId}:wh:due                   zset    "webhookId|eventId" -> unix ms the next attempt is due
/// cm:site:{siteId}:wh:job:webhookId:eventId hash    one pending delivery: event JSON, attempts, first, claim
/// cm:site:{siteId}:wh:log:webhookId         list    latest delivery attempts (JSON), newest first
/// cm:webhook-sites                          set     site ids that have (had) webhooks, for the dispatchers
/// cm:v:{siteId:visitorId}:restricted        string  restriction of processing (JSON: since, by); erased with the visitor
/// cm:site:{siteId}:history                  list    every saved site definition with who and when, oldest first
/// cm:site:{siteId}:receipts                 zset    "receiptId visitorId" scored by recordedAt (ms): export, incident windows
/// cm:site:{siteId}:erased                   hash    tombstones: keyed hash of an erased visitor id → erased-at, receipt count
/// cm:site:{siteId}:audit, …:audit:head      stream  + hash  the site's hash-chained audit log and its head (seq, hash)
/// cm:audit:{global}, …:head                 stream  + hash  failed access attempts against no valid site, purges
/// cm:key:{keyId}:used                       string  when the key was last used (written at most once a minute)
/// cm:jobs:purge                             hash    siteId → purge job status (JSON); no site data, so a purge leaves it
/// </code>
/// Every key of a site contains <c>{siteId}</c> or <c>{siteId:</c> (see <see cref="SitePattern"/>), except API key
/// records, which the site's key set lists.
/// A change to a visitor's keys (slot {siteId:visitorId}) and its event in the site's feed (slot {siteId}) cannot
/// share one script on Redis Cluster. The visitor is acknowledged only after the event is published too, and every
/// retry publishes it again under the same event id, which the feed's published set stores once: an acknowledged change
/// always has its event, a crash in between is repaired by the retry, and nothing is published twice.
/// Site ids, visitor ids, key ids and receipt ids are validated against patterns without braces or colons,
/// so they cannot break out of their hash tag. A receipt's steps in other slots (the receipt-id claim before it,
/// the site-slot keys of every IReceiptObserver after it) cannot join the append script: each is idempotent per
/// receipt id, and the client is acknowledged only after the last one succeeded, so its retry repairs a crash.
/// <para>
/// Stats across slots: a receipt is appended in the visitor's slot <c>{siteId:visitorId}</c> and counted in the
/// site's slot <c>{siteId}</c>, so no transaction covers both, and on a cluster they are usually different nodes.
/// Counting is therefore a second step that is idempotent per receipt id: one script in the site's slot adds the
/// receipt id to its day's <c>counted</c> set and increments the aggregates only when the id was new. The API
/// acknowledges the receipt only after the count (see <c>IReceiptObserver</c>), and runs the count again on every
/// retry of the same receipt, so a crash between append and count is repaired by the client's retry and a retry
/// after a successful count changes nothing. The day is the stored receipt's <c>recordedAt</c>, the same on every
/// retry. Cost: one counted-set member per receipt, the UUID's 16 raw bytes (about 60 bytes of Redis memory each),
/// kept as long as the aggregates (<c>Stats__RetentionDays</c>) so a retry is never counted twice.
/// The same script adds the receipt to its calendar month's roll-up of each grouped dimension (country, regime,
/// variant, device), so a year grouped by country reads about 12 month hashes and the partial months' days instead
/// of 365 day hashes. A month's roll-up expires with its first day, after which reads fall back to its days; and
/// only months that start after <c>rollups-from</c> (set once, to the date of the first count that wrote roll-ups)
/// are read from roll-ups, so counts stored before roll-ups existed are still read from their days.
/// </para>
/// </summary>
internal static class RedisKeys
{
    public static string Site(string siteId) => $"cm:site:{{{siteId}}}";

    public static string SiteKeys(string siteId) => $"cm:site:{{{siteId}}}:keys";

    public static string ApiKey(string keyId) => $"cm:key:{{{keyId}}}";

    /// <summary>The current receipt's id as stored before receipt layout 2; now the history's last entry.</summary>
    public static string LegacyVisitorCurrent(string siteId, string visitorId) => $"{VisitorPrefix(siteId, visitorId)}:current";

    public static string VisitorHistory(string siteId, string visitorId) => $"{VisitorPrefix(siteId, visitorId)}:history";

    public static string Receipt(string siteId, string visitorId, string receiptId) =>
        $"{ReceiptPrefix(siteId, visitorId)}{receiptId}";

    /// <summary>The visitor's receipt keys without the receipt id, for scripts that read receipts the history lists.</summary>
    public static string ReceiptPrefix(string siteId, string visitorId) => $"{VisitorPrefix(siteId, visitorId)}:r:";

    public static string VisitorSighting(string siteId, string visitorId) => $"{VisitorPrefix(siteId, visitorId)}:seen";

    public static string ArchivedText(string siteId, string sha256Hex) => $"cm:site:{{{siteId}}}:text:{sha256Hex}";

    public static string ReceiptOwner(string siteId, string receiptId) => $"cm:ri:{{{siteId}:{receiptId}}}";

    public static string StatsDay(string siteId, DateOnly day, string dimension) => $"{StatsDayPrefix(siteId, day)}:{dimension}";

    public static string StatsCounted(string siteId, DateOnly day) => $"{StatsDayPrefix(siteId, day)}:counted";

    /// <summary>A calendar month's roll-up of one dimension (not of the totals, which day grouping reads per day).</summary>
    public static string StatsMonth(string siteId, DateOnly monthStart, string dimension) =>
        $"cm:st:{{{siteId}}}:{monthStart.ToString("yyyy-MM", CultureInfo.InvariantCulture)}:{dimension}";

    /// <summary>The UTC date of the first count that also wrote month roll-ups: only later months are complete.</summary>
    public static string StatsRollupsFrom(string siteId) => $"cm:st:{{{siteId}}}:rollups-from";

    private static string StatsDayPrefix(string siteId, DateOnly day) => $"cm:st:{{{siteId}}}:{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    public static string VisitorRestriction(string siteId, string visitorId) => $"{VisitorPrefix(siteId, visitorId)}:restricted";

    public static string SiteHistory(string siteId) => $"cm:site:{{{siteId}}}:history";

    public static string SiteReceipts(string siteId) => $"cm:site:{{{siteId}}}:receipts";

    public static string SiteTombstones(string siteId) => $"cm:site:{{{siteId}}}:erased";

    /// <summary>The audit stream and its head: the site's, or the global one when <paramref name="siteId"/> is null.</summary>
    public static (string Stream, string Head) Audit(string? siteId) =>
        siteId is null ? ("cm:audit:{global}", "cm:audit:{global}:head") : ($"cm:site:{{{siteId}}}:audit", $"cm:site:{{{siteId}}}:audit:head");

    public static string ApiKeyUsed(string keyId) => $"cm:key:{{{keyId}}}:used";

    public const string PurgeJobs = "cm:jobs:purge";

    /// <summary>
    /// The SCAN pattern of every key of a site (<c>{siteId}</c> or <c>{siteId:</c>) and nothing of any other site; one
    /// pattern, so a purge reads the keyspace once. Site ids hold no glob characters (<see cref="Identifiers.SitePattern"/>).
    /// </summary>
    public static string SitePattern(string siteId) => $"*{{{siteId}[}}:]*";

    public static string SiteChanges(string siteId) => $"cm:site:{{{siteId}}}:changes";

    public static string SiteChangesPublished(string siteId, DateOnly day) =>
        $"cm:site:{{{siteId}}}:changes:published:{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    public static string Webhooks(string siteId) => $"cm:site:{{{siteId}}}:webhooks";

    public static string WebhooksFailing(string siteId) => $"cm:site:{{{siteId}}}:webhooks:failing";

    public static string WebhookDue(string siteId) => $"cm:site:{{{siteId}}}:wh:due";

    /// <summary>Prefix of the delivery jobs; the scripts append <c>webhookId:eventId</c> (same slot by the tag).</summary>
    public static string WebhookJobPrefix(string siteId) => $"cm:site:{{{siteId}}}:wh:job:";

    public static string WebhookLog(string siteId, string webhookId) => $"cm:site:{{{siteId}}}:wh:log:{webhookId}";

    public const string WebhookSites = "cm:webhook-sites";

    private static string VisitorPrefix(string siteId, string visitorId) => $"cm:v:{{{siteId}:{visitorId}}}";
}
