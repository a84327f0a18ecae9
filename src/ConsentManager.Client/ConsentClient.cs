using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace ConsentManager.Client;

/// <summary>
/// Asks the consent API whether a visitor allows a purpose. It fails closed: when the API cannot answer (timeout,
/// network error, 429, 5xx, or any other non-success answer) the decision is "not allowed" with reason
/// <c>unavailable</c>, the cause is logged, and nothing is thrown into the caller's path.
/// </summary>
public sealed class ConsentClient
{
    private const int BatchLimit = 1000;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly HttpClient _http;
    private readonly DecisionCache _cache;
    private readonly ILogger<ConsentClient> _logger;

    internal ConsentClient(HttpClient http, DecisionCache cache, ILogger<ConsentClient> logger) =>
        (_http, _cache, _logger) = (http, cache, logger);

    /// <summary>Whether <paramref name="visitorId"/> allows <paramref name="purpose"/> on <paramref name="siteId"/>.</summary>
    public async Task<ConsentDecision> IsAllowedAsync(string siteId, string visitorId, string purpose, CancellationToken cancellationToken = default)
    {
        if (_cache.Find(siteId, visitorId, purpose) is { } cached)
        {
            return cached;
        }

        var epoch = _cache.Epoch;
        var path = $"v1/sites/{Uri.EscapeDataString(siteId)}/decisions/{Uri.EscapeDataString(visitorId)}?purpose={Uri.EscapeDataString(purpose)}";
        var answer = await SendAsync<DecisionAnswer>(siteId, () => new HttpRequestMessage(HttpMethod.Get, path), cancellationToken);
        var decision = answer is null ? ConsentDecision.Unavailable : new ConsentDecision(answer.Allowed, answer.Reason);
        _cache.Store(epoch, siteId, visitorId, purpose, decision);
        return decision;
    }

    /// <summary>Every visitor × purpose pair in one call per 1000 visitors (<c>POST …/decisions</c>).</summary>
    public async Task<IReadOnlyList<VisitorDecision>> IsAllowedAsync(
        string siteId, IReadOnlyList<string> visitorIds, IReadOnlyList<string> purposes, CancellationToken cancellationToken = default)
    {
        var decisions = new List<VisitorDecision>();
        foreach (var chunk in visitorIds.Chunk(BatchLimit))
        {
            var path = $"v1/sites/{Uri.EscapeDataString(siteId)}/decisions";
            var answer = await SendAsync<BatchAnswer>(
                siteId,
                () => new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(new { visitorIds = chunk, purposes }) },
                cancellationToken);
            decisions.AddRange(answer is null
                ? chunk.SelectMany(visitor => purposes.Select(purpose => new VisitorDecision(visitor, purpose, ConsentDecision.Unavailable)))
                : answer.Decisions.Select(item => new VisitorDecision(item.VisitorId, item.Purpose, new ConsentDecision(item.Allowed, item.Reason))));
        }

        return decisions;
    }

    /// <summary>Forgets cached answers for the visitor (the webhook endpoint calls this for every event).</summary>
    public void Invalidate(string siteId, string visitorId) => _cache.Invalidate(siteId, visitorId);

    private async Task<T?> SendAsync<T>(string siteId, Func<HttpRequestMessage> request, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            using var message = request();
            using var response = await _http.SendAsync(message, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken);
            }

            // A 4xx other than 429 means a wrong key, site or purpose: a setup error worth more than a warning.
            var level = (int)response.StatusCode is >= 500 or 429 ? LogLevel.Warning : LogLevel.Error;
            _logger.Log(level, "Consent check for site {SiteId} answered {Status}; treating it as not allowed", siteId, (int)response.StatusCode);
        }
        catch (Exception exception)
        {
            _logger.LogWarning("Consent check for site {SiteId} failed ({Reason}); treating it as not allowed", siteId, exception.GetType().Name);
        }

        return null;
    }

    private sealed record DecisionAnswer(bool Allowed, string Reason);

    private sealed record BatchAnswer(IReadOnlyList<BatchItem> Decisions);

    private sealed record BatchItem(string VisitorId, string Purpose, bool Allowed, string Reason);
}
