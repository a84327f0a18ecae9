using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace ConsentManager.Api.Widget;

/// <summary>One widget build in memory: the manifest's entry file, with its SRI digest and a strong ETag from it.</summary>
internal sealed record WidgetBuild(string FileName, byte[] Content, string Integrity, EntityTagHeaderValue ETag)
{
    public static string ManifestPath(string distDirectory) => Path.Combine(distDirectory, ".vite", "manifest.json");

    /// <summary>Reads the build Vite left in <paramref name="distDirectory"/>; throws <see cref="InvalidDataException"/> when it is unusable.</summary>
    public static WidgetBuild Load(string distDirectory)
    {
        var fileName = EntryFileName(ManifestPath(distDirectory));
        var content = File.ReadAllBytes(Path.Combine(distDirectory, fileName));
        var integrity = "sha384-" + Convert.ToBase64String(SHA384.HashData(content));
        // The digest names the bytes exactly, so it doubles as the strong validator.
        return new WidgetBuild(fileName, content, integrity, new EntityTagHeaderValue($"\"{integrity}\""));
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
