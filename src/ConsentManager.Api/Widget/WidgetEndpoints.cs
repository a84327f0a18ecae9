using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace ConsentManager.Api.Widget;

/// <summary>
/// Serves the widget build to the sites that embed it: <c>consent.js</c> (the moving alias, cached briefly), the
/// content-hashed file (cached for a year) and <c>manifest.json</c> naming that file with its SRI digest, for sites
/// that pin a version. Only the current build is served: a pinned file stops resolving after the next deploy.
/// </summary>
public static class WidgetEndpoints
{
    public const string BasePath = "/widget/v1";

    private const string AliasCaching = "public, max-age=300";
    private const string HashedCaching = "public, max-age=31536000, immutable";
    private const string JavaScript = "application/javascript; charset=utf-8";

    // HEAD too: CDNs and uptime checks probe static files with it.
    private static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];

    public static IServiceCollection AddWidgetAssets(this IServiceCollection services)
    {
        services.AddOptions<WidgetOptions>().BindConfiguration(WidgetOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<WidgetAssets>();
        return services;
    }

    public static IEndpointRouteBuilder MapWidget(this IEndpointRouteBuilder endpoints)
    {
        var widget = endpoints.MapGroup(BasePath).WithTags("Widget").ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        widget.MapMethods("/consent.js", GetOrHead, Results<FileContentHttpResult, ProblemHttpResult> (WidgetAssets assets, HttpContext context) =>
                assets.Current is { } build ? Script(context, build, AliasCaching) : NotBuilt())
            .WithName("Widget_GetScript")
            .WithSummary("The current widget build; moves with every deploy (ETag, 304 on If-None-Match).")
            .Produces(StatusCodes.Status200OK, contentType: JavaScript)
            .Produces(StatusCodes.Status304NotModified);

        widget.MapMethods("/manifest.json", GetOrHead, Results<Ok<WidgetManifest>, ProblemHttpResult> (WidgetAssets assets, HttpResponse response) =>
        {
            if (assets.Current is not { } build)
            {
                return NotBuilt();
            }

            response.Headers.CacheControl = AliasCaching;
            response.Headers["Cross-Origin-Resource-Policy"] = "cross-origin";
            return TypedResults.Ok(new WidgetManifest($"{BasePath}/{build.FileName}", build.Integrity));
        })
            .WithName("Widget_GetManifest")
            .WithSummary("The current build's content-hashed file name and its SRI integrity, for pinning a version.");

        // Literal routes win over this parameter, so it only sees the hashed names (and mistakes).
        widget.MapMethods("/{file}", GetOrHead, Results<FileContentHttpResult, ProblemHttpResult> (string file, WidgetAssets assets, HttpContext context) =>
                assets.Current switch
                {
                    null => NotBuilt(),
                    { } build when build.FileName == file => Script(context, build, HashedCaching),
                    { } build => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
                        detail: $"Widget file '{file}' is not the current build; {BasePath}/manifest.json names the current one ({build.FileName})."),
                })
            .WithName("Widget_GetHashedScript")
            .WithSummary("The current build under its content-hashed name, cached as immutable; 404 for any other build.")
            .Produces(StatusCodes.Status200OK, contentType: JavaScript)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return endpoints;
    }

    // The ETag lets the result answer If-None-Match with a 304 by itself; one per encoding, as the bytes differ.
    private static FileContentHttpResult Script(HttpContext context, WidgetBuild build, string caching)
    {
        var response = context.Response;
        var encoded = build.For(context.Request.Headers.AcceptEncoding);
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        if (encoded.Encoding is not null)
        {
            response.Headers.ContentEncoding = encoded.Encoding;
        }

        response.Headers.CacheControl = caching;
        // Sites on other origins load it with a <script> tag; a site that sends COEP still may.
        response.Headers["Cross-Origin-Resource-Policy"] = "cross-origin";
        // A pinned tag (integrity + crossorigin="anonymous") fetches in CORS mode: without this the browser cannot
        // check the hash and refuses the script. Public bytes without credentials, so any origin may read them.
        response.Headers.AccessControlAllowOrigin = "*";
        response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.Bytes(encoded.Content, JavaScript, entityTag: encoded.ETag);
    }

    private static ProblemHttpResult NotBuilt() => TypedResults.Problem(
        statusCode: StatusCodes.Status503ServiceUnavailable,
        title: "Widget not built",
        detail: "The widget is not built: run npm run build --workspace web-widget (or point Widget:DistDirectory at a build).");
}

/// <summary>The body of <c>GET /widget/v1/manifest.json</c>: the current file and its Subresource Integrity value.</summary>
public sealed record WidgetManifest(string Src, string Integrity);
