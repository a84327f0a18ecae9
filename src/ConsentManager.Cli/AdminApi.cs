using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ConsentManager.Cli;

/// <summary>The few admin endpoints the CLI calls; any refusal becomes a <see cref="CliException"/> with the problem's detail.</summary>
internal sealed class AdminApi : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly HttpClient _http;

    public AdminApi(HttpMessageHandler handler, Uri baseAddress, string key)
    {
        // An export of a large site streams for long: no overall timeout, the user can interrupt.
        _http = new HttpClient(handler, disposeHandler: false) { BaseAddress = baseAddress, Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
    }

    public async Task<Stream> OpenExportAsync(string siteId, CancellationToken cancellationToken)
    {
        var path = $"v1/sites/{Uri.EscapeDataString(siteId)}/export";
        var response = await _http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        return await response.Content.ReadAsStreamAsync(cancellationToken);
    }

    public async Task<PurgeProgress> StartPurgeAsync(string siteId, CancellationToken cancellationToken) =>
        await ReadAsync(await _http.DeleteAsync($"v1/sites/{Uri.EscapeDataString(siteId)}", cancellationToken), cancellationToken);

    /// <summary>The purge's progress, or null once the API no longer accepts the key (the purge removed it).</summary>
    public async Task<PurgeProgress?> GetPurgeAsync(string siteId, CancellationToken cancellationToken)
    {
        var response = await _http.GetAsync($"v1/sites/{Uri.EscapeDataString(siteId)}/purge", cancellationToken);
        return response.StatusCode == HttpStatusCode.Unauthorized ? null : await ReadAsync(response, cancellationToken);
    }

    public void Dispose() => _http.Dispose();

    private static async Task<PurgeProgress> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await EnsureSuccessAsync(response, cancellationToken);
        return (await response.Content.ReadFromJsonAsync<PurgeProgress>(Json, cancellationToken))!;
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var detail = TryReadDetail(body) ?? body;
        throw new CliException($"{(int)response.StatusCode} {response.ReasonPhrase}: {detail}");
    }

    private static string? TryReadDetail(string body)
    {
        try
        {
            return JsonDocument.Parse(body).RootElement.TryGetProperty("detail", out var detail) ? detail.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>The API's purge status: <c>running</c> or <c>done</c>, and keys removed so far.</summary>
internal sealed record PurgeProgress(string SiteId, string State, long KeysRemoved)
{
    public bool Done => State == "done";
}
