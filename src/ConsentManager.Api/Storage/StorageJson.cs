using System.Text.Json;
using ConsentManager.Api.Http;

namespace ConsentManager.Api.Storage;

/// <summary>
/// The serializer for everything written to Redis. Lenient on read (unlike request bodies), so records written
/// by a newer version of the API still load.
/// </summary>
internal static class StorageJson
{
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions();
        JsonDefaults.ApplyTo(options, strict: false);
        return options;
    }
}
