using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ConsentManager.Api.Sites;
using ConsentManager.Api.Storage;

namespace ConsentManager.Api.Texts;

/// <summary>
/// Archives what /config shows, content-addressed (<c>sha256:&lt;hex&gt;</c> of the JSON), and finds it again for a
/// receipt. Each text set is written once per process: after that /config only hashes.
/// </summary>
public sealed class TextArchive(ITextStore store)
{
    private const string Prefix = "sha256:";
    private const int MaxRemembered = 10_000;
    private readonly ConditionalWeakTable<Site, ConcurrentDictionary<Language, (TextSet, string)>> _shown = new();

    // Text sets this process archived or read, by "{siteId}:{textHash}": content-addressed, they never change.
    private readonly ConcurrentDictionary<string, TextSet> _known = new(StringComparer.Ordinal);

    public static bool IsTextHash(string? value) =>
        value is { Length: 71 }
        && value.StartsWith(Prefix, StringComparison.Ordinal)
        && value[Prefix.Length..].All(char.IsAsciiHexDigitLower);

    public static string HashOf(string json) =>
        Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));

    /// <summary>
    /// What <paramref name="site"/> shows in <paramref name="language"/>, archived, with its hash. Remembered per
    /// site object: the site cache hands out the same object for seconds, so /config serializes and hashes its texts
    /// once per site version and language, not on every request.
    /// </summary>
    public async Task<(TextSet Texts, string Hash)> ArchiveShownAsync(Site site, Language language)
    {
        var perLanguage = _shown.GetValue(site, _ => new ConcurrentDictionary<Language, (TextSet, string)>());
        if (!perLanguage.TryGetValue(language, out var shown))
        {
            var texts = TextSet.Of(site, language);
            perLanguage[language] = shown = (texts, await ArchiveAsync(site.Id, texts));
        }

        return shown;
    }

    /// <summary>Archives the text set if this process has not yet, and returns its hash.</summary>
    public async Task<string> ArchiveAsync(string siteId, TextSet texts)
    {
        var json = JsonSerializer.Serialize(texts, StorageJson.Options);
        var hash = HashOf(json);
        if (!_known.ContainsKey($"{siteId}:{hash}"))
        {
            await store.ArchiveAsync(siteId, hash[Prefix.Length..], json);
            Remember($"{siteId}:{hash}", texts);
        }

        return hash;
    }

    /// <summary>The archived JSON of <paramref name="textHash"/> on the site, or null when none (or not a hash).</summary>
    public Task<string?> FindJsonAsync(string siteId, string? textHash) =>
        IsTextHash(textHash) ? store.FindAsync(siteId, textHash![Prefix.Length..]) : Task.FromResult<string?>(null);

    /// <summary>
    /// The archived text set of <paramref name="textHash"/>, from memory once this process archived or read it, so
    /// the write path (every receipt names one) reads Redis at most once per text set.
    /// </summary>
    public async Task<TextSet?> FindAsync(string siteId, string? textHash)
    {
        var key = $"{siteId}:{textHash}";
        if (_known.TryGetValue(key, out var known))
        {
            return known;
        }

        return await FindJsonAsync(siteId, textHash) is { } json
            ? Remember(key, JsonSerializer.Deserialize<TextSet>(json, StorageJson.Options)!)
            : null;
    }

    // Bounded: when full, start over (a forgotten set is archived again, which changes nothing, or read again).
    private TextSet Remember(string key, TextSet texts)
    {
        if (_known.Count >= MaxRemembered)
        {
            _known.Clear();
        }

        return _known[key] = texts;
    }

    /// <summary>Whether the text set is the one shown in <paramref name="language"/> with exactly these purpose versions.</summary>
    public static bool Matches(TextSet texts, Language language, IReadOnlyDictionary<string, int> purposeVersions) =>
        texts.Language == language
        && texts.Purposes.Count == purposeVersions.Count
        && texts.Purposes.All(purpose => purposeVersions.GetValueOrDefault(purpose.Id) == purpose.Version);
}
