using System.Text.Json;
using ConsentManager.Api.Http;

namespace ConsentManager.Api.Stats;

/// <summary>Enum values as the JSON contract spells them (<c>accept_all</c>, <c>opt-in</c>), so counters and API agree.</summary>
internal static class WireNames
{
    private static readonly JsonSerializerOptions Options = Create();

    public static string Of<T>(T value) where T : struct, Enum => JsonSerializer.Serialize(value, Options).Trim('"');

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions();
        JsonDefaults.ApplyTo(options, strict: false);
        return options;
    }
}
