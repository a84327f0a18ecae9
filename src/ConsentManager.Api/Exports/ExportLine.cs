using ConsentManager.Api.Consents;
using ConsentManager.Api.Sites;

namespace ConsentManager.Api.Exports;

/// <summary>
/// One line of a site export (NDJSON). <see cref="Type"/> says which member is set: <c>site</c> (first line, with
/// the number of receipts that follow), <c>siteVersion</c> (the definition history, oldest first), <c>receipt</c>.
/// </summary>
public sealed record ExportLine(string Type, SiteResponse? Site = null, long? ReceiptCount = null, SiteVersion? Version = null,
    ConsentReceipt? Receipt = null);
