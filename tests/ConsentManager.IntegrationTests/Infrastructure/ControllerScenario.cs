using System.Net;
using System.Text.Json;
using ConsentManager.Api.Audit;
using ConsentManager.Api.Visitors;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace ConsentManager.IntegrationTests.Infrastructure;

/// <summary>What the controller's tests do beyond <see cref="ApiScenario"/>: act as a visitor, read the audit trail.</summary>
public sealed class ControllerScenario(ConsentApiApplication app)
{
    private readonly ApiScenario _api = new(app);

    public string TokenOf(string siteId, string visitorId) => app.Services.GetRequiredService<VisitorTokens>().Issue(siteId, visitorId);

    /// <summary>The visitor's browser: its own <c>Visitor-Token</c> header.</summary>
    public HttpClient Visitor(string siteId, string visitorId) => WithToken(TokenOf(siteId, visitorId));

    public HttpClient WithToken(string token)
    {
        var client = _api.Anonymous();
        client.DefaultRequestHeaders.Add(VisitorTokens.Header, token);
        return client;
    }

    public string HashOf(string siteId, string visitorId) => app.Services.GetRequiredService<AuditSigner>().HashVisitor(siteId, visitorId);

    /// <summary>The site's audit entries, newest first (one page of up to 500).</summary>
    public async Task<IReadOnlyList<JsonElement>> AuditAsync(string siteId, string query = "")
    {
        var response = await _api.Admin().GetAsync($"/v1/sites/{siteId}/audit?limit=500{query}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await ApiScenario.ReadJsonAsync(response)).GetProperty("entries").EnumerateArray().ToList();
    }

    /// <summary>Waits until the site's audit log has an entry for <paramref name="action"/> matching <paramref name="match"/>.</summary>
    public async Task<JsonElement> AuditEntryAsync(string siteId, string action, Func<JsonElement, bool>? match = null)
    {
        var entries = await Poll.UntilAsync(() => AuditAsync(siteId, $"&action={action}"), found => found.Any(match ?? (_ => true)));
        return entries.First(match ?? (_ => true));
    }

    public async Task<JsonElement> VerifyAuditAsync(string siteId)
    {
        var response = await _api.Admin().GetAsync($"/v1/sites/{siteId}/audit/verify");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await ApiScenario.ReadJsonAsync(response);
    }

    /// <summary>Entries of the global audit log (failed access against no valid site), oldest first.</summary>
    public async Task<IReadOnlyList<JsonElement>> GlobalAuditAsync()
    {
        var database = await app.Redis.InspectAsync();
        var reply = (RedisResult[])(await database.ExecuteAsync("XRANGE", "cm:audit:{global}", "-", "+"))!;
        return reply.Select(item => JsonDocument.Parse((string)((RedisResult[])((RedisResult[])item!)[1]!)[1]!).RootElement.Clone()).ToList();
    }

    /// <summary>The change feed's events of a site, oldest first.</summary>
    public async Task<IReadOnlyList<JsonElement>> ChangesAsync(string siteId)
    {
        var database = await app.Redis.InspectAsync();
        var reply = (RedisResult[])(await database.ExecuteAsync("XRANGE", $"cm:site:{{{siteId}}}:changes", "-", "+"))!;
        return reply.Select(item => JsonDocument.Parse((string)((RedisResult[])((RedisResult[])item!)[1]!)[3]!).RootElement.Clone()).ToList();
    }
}
