using System.Text.Json;
using ConsentManager.Api.Errors;
using ConsentManager.Api.Features;

namespace ConsentManager.Api.Stats;

/// <summary>
/// The body of <c>POST /impressions</c>: empty, or <c>{"bannerVariant": "bar"}</c> sent as <c>text/plain</c> (what
/// <c>navigator.sendBeacon</c> sends without a CORS preflight) or <c>application/json</c>. Read by hand because
/// MVC's input formatters would reject the text/plain content type.
/// </summary>
internal static class ImpressionBody
{
    private const string Field = "bannerVariant";

    /// <summary>The variant the banner showed, or null when the body is empty or does not name one.</summary>
    public static async Task<string?> ReadVariantAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            using var body = JsonDocument.Parse(text);
            if (body.RootElement.ValueKind != JsonValueKind.Object ||
                body.RootElement.EnumerateObject().Any(property => property.Name != Field))
            {
                throw ApiProblemException.Invalid("$", $"The body must be empty or {{\"{Field}\": \"…\"}}.");
            }

            return body.RootElement.TryGetProperty(Field, out var variant) ? Known(variant) : null;
        }
        catch (JsonException exception)
        {
            throw ApiProblemException.Invalid("$", $"The body is not JSON: {exception.Message}");
        }
    }

    private static string Known(JsonElement variant) =>
        variant.ValueKind == JsonValueKind.String && BannerVariants.All.Contains(variant.GetString())
            ? variant.GetString()!
            : throw ApiProblemException.Invalid(Field,
                $"'{Field}' must be one of {string.Join(", ", BannerVariants.All)}; {variant.GetRawText()} is not.");
}
