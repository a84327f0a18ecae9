using System.Collections.Concurrent;
using System.Text.Json;
using ConsentManager.Api.Http;

namespace ConsentManager.Api.Stats;

/// <summary>Enum values as the JSON contract spells them (<c>accept_all</c>, <c>opt-in</c>), so counters and API agree.</summary>
internal static class WireNames
{
    private static readonly JsonSerializerOptions Options = Create();

    // Cached: the stats read path asks for the same few names thousands of times per request.
    private static readonly ConcurrentDictionary<Enum, string> Names = new();

    public static string Of<T>(T value) where T : struct, Enum =>
        Names.GetOrAdd(value, _ => JsonSerializer.Serialize(value, Options).Trim('"'));

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions();
        JsonDefaults.ApplyTo(options, strict: false);
        return options;
    }
}
