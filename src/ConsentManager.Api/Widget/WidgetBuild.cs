using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace ConsentManager.Api.Widget;

/// <summary>
/// One widget build in memory: the manifest's entry file, with its SRI digest, compressed once with Brotli and gzip
/// (every browser asks for one of them; about a third of the bytes), each with a strong ETag from the digest.
/// </summary>
internal sealed record WidgetBuild(string FileName, string Integrity, IReadOnlyList<EncodedScript> Encodings)
{
    /// <summary>The best encoding the request accepts: Brotli, then gzip, else the plain bytes (always last).</summary>
    public EncodedScript For(StringValues acceptEncoding)
    {
        var accepted = StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var values) ? values : [];
        return Encodings.First(encoded => encoded.Encoding is null || accepted.Any(value =>
            value.Value.Equals(encoded.Encoding, StringComparison.OrdinalIgnoreCase) && (value.Quality ?? 1) > 0));
    }

    public static string ManifestPath(string distDirectory) => Path.Combine(distDirectory, ".vite", "manifest.json");

    /// <summary>Reads the build Vite left in <paramref name="distDirectory"/>; throws <see cref="InvalidDataException"/> when it is unusable.</summary>
    public static WidgetBuild Load(string distDirectory)
    {
        var fileName = EntryFileName(ManifestPath(distDirectory));
        var content = File.ReadAllBytes(Path.Combine(distDirectory, fileName));
        var integrity = "sha384-" + Convert.ToBase64String(SHA384.HashData(content));
        // The digest names the bytes exactly, so it doubles as the strong validator; each encoding gets its own.
        return new WidgetBuild(fileName, integrity,
        [
            new EncodedScript("br", Compress(content, output => new BrotliStream(output, CompressionLevel.SmallestSize)), new EntityTagHeaderValue($"\"{integrity}-br\"")),
            new EncodedScript("gzip", Compress(content, output => new GZipStream(output, CompressionLevel.SmallestSize)), new EntityTagHeaderValue($"\"{integrity}-gzip\"")),
            new EncodedScript(null, content, new EntityTagHeaderValue($"\"{integrity}\"")),
        ]);
    }

    private static byte[] Compress(byte[] content, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var compressing = compressor(output))
        {
            compressing.Write(content);
        }

        return output.ToArray();
    }

    // The Vite manifest maps each source to its output; the widget has exactly one entry, the embed script.
    private static string EntryFileName(string manifestPath)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(manifestPath));
        var entries = manifest.RootElement.EnumerateObject()
            .Where(chunk => chunk.Value.TryGetProperty("isEntry", out var isEntry) && isEntry.ValueKind == JsonValueKind.True)
            .Select(chunk => chunk.Value.TryGetProperty("file", out var file) ? file.GetString() : null)
            .ToList();
        if (entries is not [{ } fileName])
        {
            throw new InvalidDataException($"'{manifestPath}' must list exactly one entry with a file; it lists {entries.Count}.");
        }

        // Served as one path segment under /widget/v1/, so the entry must sit in the dist root.
        if (Path.GetFileName(fileName) != fileName || !fileName.EndsWith(".js", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"The entry file '{fileName}' in '{manifestPath}' is not a .js file in the dist root.");
        }

        return fileName;
    }
}

/// <summary>The widget's bytes in one content encoding (null: none).</summary>
internal sealed record EncodedScript(string? Encoding, byte[] Content, EntityTagHeaderValue ETag);
