using System.Runtime.CompilerServices;
using System.Text.Json;
using ConsentManager.Api.Http;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace ConsentManager.Api.SiteConfig;

/// <summary>
/// Writes a <see cref="SiteConfigResponse"/> byte for byte as the API's JSON options would, but copies the controller,
/// the purposes and the texts (most of the answer, and the same for every visitor of a site version and language)
/// from their JSON serialized once per object. They are immutable records and lists, so an object's JSON never
/// changes; a new site version brings new objects. Serializing them on every request was the largest single share
/// of /config's CPU.
/// </summary>
public sealed class SiteConfigJson(IOptions<HttpJsonOptions> json)
{
    private readonly JsonSerializerOptions _options = json.Value.SerializerOptions;
    private readonly ConditionalWeakTable<object, byte[]> _serialized = new();
    private readonly JsonWriterOptions _writerOptions = WrittenJsonResult.WriterOptionsFor(json.Value.SerializerOptions);

    public void Write(Utf8JsonWriter writer, SiteConfigResponse response)
    {
        // In the order of the record's members, as the serializer writes them; a test holds the two to the same bytes.
        writer.WriteStartObject();
        writer.WriteString("siteId", response.SiteId);
        WriteValue(writer, "language", response.Language);
        WriteSerialized(writer, "controller", response.Controller);
        writer.WriteNumber("consentLifetimeDays", response.ConsentLifetimeDays);
        WriteSerialized(writer, "purposes", response.Purposes);
        WriteValue(writer, "regime", response.Regime);
        writer.WriteString("country", response.Country);
        writer.WriteBoolean("gpc", response.Gpc);
        WriteValue(writer, "features", response.Features);
        writer.WriteString("visitorId", response.VisitorId);
        writer.WriteString("visitorToken", response.VisitorToken);
        WriteSerialized(writer, "texts", response.Texts);
        writer.WriteString("textHash", response.TextHash);
        writer.WriteEndObject();
    }

    /// <summary>The answer as the 200 of <c>GET …/config</c>.</summary>
    public WrittenJsonResult Result(SiteConfigResponse response) => new(writer => Write(writer, response), _writerOptions);

    private void WriteValue<T>(Utf8JsonWriter writer, string name, T value)
    {
        writer.WritePropertyName(name);
        JsonSerializer.Serialize(writer, value, _options);
    }

    private void WriteSerialized<T>(Utf8JsonWriter writer, string name, T value)
        where T : class
    {
        // Looked up before adding, so a request that finds the JSON allocates no callback for it.
        if (!_serialized.TryGetValue(value, out var json))
        {
            json = _serialized.GetValue(value, key => JsonSerializer.SerializeToUtf8Bytes((T)key, _options));
        }

        writer.WritePropertyName(name);
        writer.WriteRawValue(json, skipInputValidation: true);
    }
}
