using ConsentManager.Api.Errors;
using ConsentManager.Api.Sites;
using ConsentManager.Api.Subjects;
using ConsentManager.Api.Visitors;
using Microsoft.Extensions.Options;

namespace ConsentManager.Api.Consents;

/// <summary>
/// Reads receipts back: the visitor its own current one (with its token, unless its processing is restricted), admins
/// the whole history.
/// </summary>
public sealed class ConsentReader(
    SiteDirectory sites, IConsentStore store, VisitorTokens tokens, SubjectRights subjects, IOptions<ConsentOptions> options)
{
    public async Task<ConsentReceipt> GetCurrentAsync(string siteId, string visitorId, string? visitorToken)
    {
        await sites.GetRequiredAsync(siteId);
        if (string.IsNullOrEmpty(visitorToken))
        {
            throw ApiProblemException.Unauthorized(
                $"Reading a visitor's consent needs its {VisitorTokens.Header} header.");
        }

        if (tokens.Verify(siteId, visitorToken) != visitorId)
        {
            throw ApiProblemException.Forbidden(
                $"The {VisitorTokens.Header} is not visitor '{visitorId}''s token on site '{siteId}'.");
        }

        await subjects.EnsureNotRestrictedAsync(siteId, visitorId);
        return await store.FindCurrentAsync(siteId, visitorId)
               ?? throw ApiProblemException.NotFound($"Visitor '{visitorId}' has no consent on site '{siteId}'.");
    }

    public async Task<IReadOnlyList<ConsentReceipt>> GetHistoryAsync(string siteId, string visitorId)
    {
        await sites.GetRequiredAsync(siteId);
        var history = await store.GetHistoryAsync(siteId, visitorId, options.Value.HistoryLimit);
        return history.Count > 0
            ? history
            : throw ApiProblemException.NotFound($"Visitor '{visitorId}' has no consent on site '{siteId}'.");
    }
}
