using System.Text.Json;
using System.Text.Json.Serialization;
using ConsentManager.Api.Consents;
using ConsentManager.Api.Errors;
using ConsentManager.Api.Sites;
using Microsoft.Extensions.Options;

namespace ConsentManager.Api.Exports;

/// <summary>
/// Streams a site's data as NDJSON: the definition and its history, then every receipt in recording order, read
/// from the per-site index page by page (works on Redis Cluster without KEYS, never holds the site in memory).
/// Also answers the incident query: which receipts were recorded in a window.
/// </summary>
public sealed class SiteExporter(
    SiteDirectory sites, RedisReceiptIndex index, IConsentStore consents, IOptions<Microsoft.AspNetCore.Mvc.JsonOptions> json)
{
    public const int PageSize = 500;
    // Receipts read at once. Each store call has its own time limit (RedisOptions.OperationTimeout), which must cover
    // only its slice's reads, not a whole page queued ahead of it: 500 at once timed out on a starved machine.
    private const int ReadsInFlight = 50;
    public const int MaxWindowLimit = 1000;
    private static readonly byte[] Newline = "\n"u8.ToArray();

    private readonly JsonSerializerOptions _lineOptions = new(json.Value.JsonSerializerOptions)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
    };

    public async Task<Site> RequireSiteAsync(string siteId) => await sites.GetRequiredAsync(siteId);

    public async Task WriteAsync(Site site, Stream response, CancellationToken cancellationToken)
    {
        // Lines are small: buffer them, and send a page's worth at a time.
        await using var output = new BufferedStream(response, 64 * 1024);
        var first = new ExportLine("site", Site: site.ToResponse(), ReceiptCount: await index.CountAsync(site.Id));
        await WriteLineAsync(output, first, cancellationToken);
        foreach (var version in await sites.GetHistoryAsync(site.Id))
        {
            await WriteLineAsync(output, new ExportLine("siteVersion", Version: version), cancellationToken);
        }

        for (long offset = 0; ; offset += PageSize)
        {
            var page = await index.RangeAsync(site.Id, null, null, offset, PageSize);
            foreach (var slice in page.Chunk(ReadsInFlight))
            {
                var receipts = await Task.WhenAll(slice.Select(entry =>
                    consents.FindReceiptAsync(site.Id, entry.VisitorId, entry.ReceiptId)));
                foreach (var receipt in receipts.OfType<ConsentReceipt>())
                {
                    await WriteLineAsync(output, new ExportLine("receipt", Receipt: receipt), cancellationToken);
                }
            }

            await output.FlushAsync(cancellationToken);
            if (page.Count < PageSize)
            {
                return;
            }
        }
    }

    public async Task<ReceiptWindowPage> ListAsync(string siteId, DateTimeOffset? from, DateTimeOffset? to, string? cursor, int limit)
    {
        var errors = new ValidationErrors();
        errors.Require(limit is >= 1 and <= MaxWindowLimit, "limit", $"limit {limit} is outside 1..{MaxWindowLimit}.");
        errors.Require(cursor is null || long.TryParse(cursor, out var parsed) && parsed >= 0, "cursor",
            $"cursor '{cursor}' is not one this API returned.");
        errors.Require(from is null || to is null || from <= to, "from", "from must not be after to.");
        errors.ThrowIfAny();

        await sites.GetRequiredAsync(siteId);
        var offset = cursor is null ? 0 : long.Parse(cursor);
        var receipts = await index.RangeAsync(siteId, from, to, offset, limit);
        return new ReceiptWindowPage(receipts, receipts.Count < limit ? null : (offset + receipts.Count).ToString());
    }

    private async Task WriteLineAsync(Stream output, ExportLine line, CancellationToken cancellationToken)
    {
        await JsonSerializer.SerializeAsync(output, line, _lineOptions, cancellationToken);
        await output.WriteAsync(Newline, cancellationToken);
    }
}
