using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.StaticFiles;

namespace ConsentManager.Api.Dashboard;

/// <summary>
/// Serves marketing's dashboard (the web-dashboard build) at <c>/dashboard/</c> in every environment. The page holds
/// no data: it calls the stats API with a <c>stats:read</c> key the user types in, so serving it publicly is safe.
/// </summary>
public static class DashboardEndpoints
{
    public const string BasePath = "/dashboard";

    private const string IndexCaching = "no-cache";
    private const string AssetCaching = "public, max-age=31536000, immutable";

    // Same-origin only: the page talks to this API and nothing else, and is never framed (no clickjacking of the key form).
    private const string ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; " +
        "img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddOptions<DashboardOptions>().BindConfiguration(DashboardOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DashboardFiles>();
        return services;
    }

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder endpoints)
    {
        var dashboard = endpoints.MapGroup(BasePath).WithTags("Dashboard").ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        dashboard.MapMethods("/{**path}", GetOrHead, Results<PhysicalFileHttpResult, RedirectHttpResult, ProblemHttpResult> (
                string? path, DashboardFiles files, HttpRequest request, HttpResponse response) =>
            {
                var index = string.IsNullOrEmpty(path);
                if (index && !request.Path.Value!.EndsWith('/'))
                {
                    // Relative asset URLs resolve against the directory, so the page lives at /dashboard/.
                    return TypedResults.Redirect($"{BasePath}/", permanent: true);
                }

                if (!files.IsBuilt)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Dashboard not built",
                        detail: "The dashboard is not built: run npm run build --workspace web-dashboard (or point Dashboard:DistDirectory at a build).");
                }

                if (files.Find(index ? DashboardFiles.IndexFile : path!) is not { } file)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
                        detail: $"The dashboard has no file '{path}'.");
                }

                response.Headers.CacheControl = index ? IndexCaching : AssetCaching;
                response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
                response.Headers.XContentTypeOptions = "nosniff";
                response.Headers["Referrer-Policy"] = "no-referrer";
                var contentType = ContentTypes.TryGetContentType(file.Name, out var type) ? type : "application/octet-stream";
                return TypedResults.PhysicalFile(file.PhysicalPath!, contentType);
            })
            .WithName("Dashboard_GetFile")
            .WithSummary("Marketing's dashboard page (at /dashboard/) and its assets; 503 when the dashboard is not built.")
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .Produces(StatusCodes.Status301MovedPermanently)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return endpoints;
    }
}
