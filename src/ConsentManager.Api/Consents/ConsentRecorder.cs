using System.Security.Cryptography;
using System.Text;
using ConsentManager.Api.Errors;
using ConsentManager.Api.Http;
using ConsentManager.Api.Legal;
using ConsentManager.Api.Observability;
using ConsentManager.Api.Sites;
using ConsentManager.Api.Texts;
using ConsentManager.Api.Visitors;
using Microsoft.Extensions.Options;

namespace ConsentManager.Api.Consents;

/// <summary>Turns a visitor's choice into an append-only, idempotent, chained and sealed receipt.</summary>
public sealed class ConsentRecorder(
    SiteDirectory sites,
    ReceiptAuthors authors,
    VisitorContextResolver visitors,
    TextArchive archive,
    ReceiptChain chain,
    IEnumerable<IReceiptObserver> observers,
    IOptions<ConsentOptions> options,
    TimeProvider time)
{
    private TimeSpan Retention => TimeSpan.FromDays(options.Value.ProofRetentionDays);

    public async Task<RecordedConsent> RecordAsync(string siteId, RecordConsentRequest request, ClientSignals client)
    {
        var site = await sites.GetRequiredAsync(siteId);
        var recorded = ConsentRequestValidator.Validate(site, request, client.Gpc);
        var textHash = await TextHashAsync(site, request, recorded);

        var receiptId = request.ReceiptId ?? Guid.NewGuid().ToString("D");
        var claimLifetime = Retention + TimeSpan.FromDays(SiteDefinition.MaxConsentLifetimeDays);
        var author = await authors.IdentifyAsync(siteId, receiptId, request, claimLifetime);
        var visitor = await visitors.ResolveAsync(site, client, author.VisitorId);
        var recordedAt = time.GetUtcNow();
        var draft = new ConsentReceipt(
            receiptId, author.VisitorId, siteId, request.Action, Sorted(recorded.Choices), Sorted(recorded.PurposeVersions),
            recordedAt, recordedAt.AddDays(site.Definition.ConsentLifetimeDays), visitor.Regime, visitor.Country, visitor.Gpc,
            // Proof context only with the visitor's permission to process their address.
            LegalRules.KeepsIpPrefix(site.Definition.Purposes, recorded.Choices) ? visitor.IpPrefix : null,
            visitor.Features.BannerVariant, request.Language, textHash, request.Source, request.UserActivation,
            recorded.Defaulted.Distinct().Order(StringComparer.Ordinal).ToList(), PreviousReceiptId: null, PreviousHash: null);

        var result = await chain.AppendAsync(draft, Fingerprint(request), Retention);
        if (result.Outcome == AppendOutcome.Conflict)
        {
            throw ApiProblemException.Conflict($"Receipt '{receiptId}' was already recorded with different content.");
        }

        // Also on a retry of a stored receipt: that repairs a step a crash interrupted (see IReceiptObserver). They
        // are independent of each other, so they run at once: one round trip of latency, not one per observer.
        var stored = new StoredReceipt(result.Receipt!, result.Outcome == AppendOutcome.Created, client.UserAgent);
        await Task.WhenAll(observers.Select(observer => observer.OnStoredAsync(stored)));

        if (stored.Created)
        {
            ConsentMetrics.ReceiptStored(stored.Receipt.Action);
        }

        return new RecordedConsent(stored.Receipt, author.Token, stored.Created);
    }

    // A grant must name the archived texts it was given under; a refusal keeps a known hash and drops an unknown one.
    private async Task<string?> TextHashAsync(Site site, RecordConsentRequest request, RecordedChoices recorded)
    {
        var texts = await archive.FindAsync(site.Id, request.TextHash);
        if (request.IsRefusal)
        {
            return texts is null ? null : request.TextHash;
        }

        var shown = texts is not null && TextArchive.Matches(texts, request.Language, recorded.PurposeVersions);
        if (request.TextHash is not null && !shown)
        {
            var language = request.Language.ToString().ToLowerInvariant();
            throw ApiProblemException.Invalid("textHash",
                $"Text hash '{request.TextHash}' names no text set of site '{site.Id}' shown in '{language}' at the receipt's purpose versions.");
        }

        return request.TextHash;
    }

    private static IEnumerable<string> Pairs<T>(IReadOnlyDictionary<string, T> values) =>
        values.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}={pair.Value}");

    private static IReadOnlyDictionary<string, T> Sorted<T>(IReadOnlyDictionary<string, T> values) =>
        new SortedDictionary<string, T>(values.ToDictionary(), StringComparer.Ordinal);

    // What makes two submissions "the same" for idempotency: the visitor's content, not server-side context.
    private static string Fingerprint(RecordConsentRequest request)
    {
        var canonical = new StringBuilder()
            .Append(request.Action).Append('|').Append(request.Language).Append('|').Append(request.TextHash).Append('|')
            .Append(request.Source).Append('|').Append(request.UserActivation).Append('|')
            .AppendJoin(',', (request.Defaulted ?? []).Order(StringComparer.Ordinal)).Append('|')
            .AppendJoin(',', Pairs(request.Choices)).Append('|')
            .AppendJoin(',', Pairs(request.PurposeVersions));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }
}
