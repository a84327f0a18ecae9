namespace ConsentManager.Api.Audit;

/// <summary>The actions an audit entry can name; the <c>action</c> filter of the audit endpoint takes these.</summary>
public static class AuditActions
{
    public const string SiteUpdated = "site.updated";
    public const string KeyCreated = "key.created";
    public const string KeyRevoked = "key.revoked";
    public const string HistoryRead = "visitor.history_read";
    public const string VisitorAccessed = "visitor.accessed";
    public const string VisitorErased = "visitor.erased";
    public const string VisitorRestricted = "visitor.restricted";
    public const string RestrictionLifted = "visitor.restriction_lifted";
    public const string ReceiptsListed = "site.receipts_listed";
    public const string SiteExported = "site.exported";
    public const string PurgeStarted = "site.purge_started";
    public const string PurgeFinished = "site.purge_finished";
    public const string AuditRead = "audit.read";
    public const string AccessDenied = "access.denied";
}
