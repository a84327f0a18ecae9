using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace ConsentManager.Api.Http;

/// <summary>
/// A 200 whose JSON is written by hand straight into the response body, for hot answers where the serializer's
/// per-object work was most of the CPU. Each writer is held by a test to the serializer's own bytes. A result for
/// route handlers and controllers alike.
/// </summary>
public sealed class WrittenJsonResult(Action<Utf8JsonWriter> write, JsonWriterOptions options) : IResult, IActionResult
{
    public async Task ExecuteAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json; charset=utf-8";
        await using (var writer = new Utf8JsonWriter(context.Response.BodyWriter, options))
        {
            write(writer);
        }

        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    Task IActionResult.ExecuteResultAsync(ActionContext context) => ExecuteAsync(context.HttpContext);

    /// <summary>Writer options that escape text as <paramref name="serializer"/> does; the writers keep their own order.</summary>
    public static JsonWriterOptions WriterOptionsFor(JsonSerializerOptions serializer) =>
        new() { Encoder = serializer.Encoder, SkipValidation = true };
}
