using System.Text.Json;

namespace ConsentManager.Api.SiteConfig;

/// <summary>The 200 of <c>GET …/config</c>, written by <see cref="SiteConfigJson"/> straight into the response.</summary>
internal sealed class SiteConfigResult(SiteConfigResponse response, SiteConfigJson json) : IResult
{
    public async Task ExecuteAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json; charset=utf-8";
        await using (var writer = new Utf8JsonWriter(context.Response.BodyWriter, json.WriterOptions))
        {
            json.Write(writer, response);
        }

        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }
}
