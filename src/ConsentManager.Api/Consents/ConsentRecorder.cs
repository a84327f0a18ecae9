using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using ConsentManager.Api.Errors;
using ConsentManager.Api.Http;
using ConsentManager.Api.Sites;
using ConsentManager.Api.Subjects;
using ConsentManager.Api.Visitors;
using Microsoft.Extensions.Options;

namespace ConsentManager.Api.Consents;

/// <summary>Turns a visitor's choice into an append-only, idempotent receipt.</summary>
public sealed class ConsentRecorder(
    SiteDirectory sites,
    IConsentStore store,
    VisitorContextResolver visitors,
    IEnumerable<IReceiptObserver> observers,
    SubjectRights subjects,
    IOptions<ConsentOptions> options,
    TimeProvider time)
{
    private TimeSpan Retention => TimeSpan.FromDays(options.Value.ProofRetentionDays);

    /// <summary>Records a consent; <c>Created</c> is false when the same receipt was already stored.</summary>
    public async Task<(ConsentReceipt Receipt, bool Created)> RecordAsync(string siteId, RecordConsentRequest request, ClientSignals client)
    {
        var site = await sites.GetRequiredAsync(siteId);
        ConsentRequestValidator.Validate(site, request, client.Gpc);

        var receiptId = request.ReceiptId ?? Guid.NewGuid().ToString("D");
        var visitorId = request.VisitorId ?? NewVisitorId();
        await subjects.EnsureNotErasedAsync(siteId, visitorId);
        var owner = await store.ClaimReceiptIdAsync(siteId, receiptId, visitorId, Retention + TimeSpan.FromDays(SiteDefinition.MaxConsentLifetimeDays));
        if (owner != visitorId)
        {
            if (request.VisitorId is not null)
            {
                throw ApiProblemException.Conflict($"Receipt '{receiptId}' already belongs to another visitor.");
            }

            visitorId = owner;
        }

        var visitor = await visitors.ResolveAsync(site, client, visitorId);
        var choices = request.Action == ConsentAction.Withdraw ? request.Choices.ToDictionary(choice => choice.Key, _ => false) : request.Choices;
        var recordedAt = time.GetUtcNow();
        var receipt = new ConsentReceipt(
            receiptId, visitorId, siteId, request.Action, choices, request.PurposeVersions,
            recordedAt, recordedAt.AddDays(site.Definition.ConsentLifetimeDays), visitor.Regime, visitor.Country, visitor.Gpc,
            // Proof context only with the visitor's permission to process their address.
            choices.GetValueOrDefault(RecruitmentTemplate.IpProcessing) ? visitor.IpPrefix : null,
            visitor.Features.BannerVariant, request.Language, request.TextHash, PreviousReceiptId: null);

        var result = await store.AppendAsync(receipt, Fingerprint(request), Retention);
        if (result.Outcome == AppendOutcome.Conflict)
        {
            throw ApiProblemException.Conflict($"Receipt '{receiptId}' was already recorded with different content.");
        }

        // Also on a retry of a stored receipt: that repairs a step a crash interrupted (see IReceiptObserver).
        var stored = new StoredReceipt(result.Receipt!, result.Outcome == AppendOutcome.Created, client.UserAgent);
        foreach (var observer in observers)
        {
            await observer.OnStoredAsync(stored);
        }

        return (stored.Receipt, stored.Created);
    }

    public async Task<ConsentReceipt> GetCurrentAsync(string siteId, string visitorId)
    {
        await sites.GetRequiredAsync(siteId);
        await subjects.EnsureNotRestrictedAsync(siteId, visitorId);
        return await store.FindCurrentAsync(siteId, visitorId)
               ?? throw ApiProblemException.NotFound($"Visitor '{visitorId}' has no consent on site '{siteId}'.");
    }

    public async Task<IReadOnlyList<ConsentReceipt>> GetHistoryAsync(string siteId, string visitorId)
    {
        await sites.GetRequiredAsync(siteId);
        var history = await store.GetHistoryAsync(siteId, visitorId, options.Value.HistoryLimit);
        return history.Count > 0 ? history : throw ApiProblemException.NotFound($"Visitor '{visitorId}' has no consent on site '{siteId}'.");
    }

    // 128 random bits, URL-safe.
    private static string NewVisitorId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    // What makes two submissions "the same" for idempotency: the visitor's content, not server-side context.
    private static string Fingerprint(RecordConsentRequest request)
    {
        var canonical = new StringBuilder()
            .Append(request.Action).Append('|').Append(request.Language).Append('|').Append(request.TextHash).Append('|')
            .AppendJoin(',', request.Choices.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}={pair.Value}"))
            .Append('|')
            .AppendJoin(',', request.PurposeVersions.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}={pair.Value}"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }
}
