using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConsentManager.Api.Http;

/// <summary>
/// The JSON contract: camelCase, enums as strings (snake_case unless a member names itself), never numbers.
/// Request bodies are strict on top of that: unknown fields, nulls in non-nullable fields and missing required
/// fields are 400s rather than silently defaulted values that could end up stored as consent.
/// </summary>
public static class JsonDefaults
{
    public static void ApplyTo(JsonSerializerOptions options, bool strict)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.PropertyNameCaseInsensitive = !strict;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        if (strict)
        {
            options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            options.RespectNullableAnnotations = true;
            options.RespectRequiredConstructorParameters = true;
        }
    }

    public static IServiceCollection AddStrictJson(this IServiceCollection services)
    {
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(options => ApplyTo(options.JsonSerializerOptions, strict: true));
        services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(options => ApplyTo(options.SerializerOptions, strict: true));
        return services;
    }
}
