namespace ConsentManager.Api.SiteConfig;

/// <summary>The 200 of <c>GET …/config</c>, written by <see cref="SiteConfigJson"/> straight into the response.</summary>
internal sealed class SiteConfigResult(SiteConfigResponse response) : IResult
{
    public async Task ExecuteAsync(HttpContext context)
    {
        var json = context.RequestServices.GetRequiredService<SiteConfigJson>();
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json; charset=utf-8";
        await using (var writer = new System.Text.Json.Utf8JsonWriter(context.Response.BodyWriter, json.WriterOptions))
        {
            json.Write(writer, response);
        }

        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }
}
