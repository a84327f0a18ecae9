using System.ComponentModel;
using ConsentManager.Api.Http;
using ConsentManager.Api.OpenApi;
using ConsentManager.Api.Visitors;
using Microsoft.AspNetCore.Mvc;

namespace ConsentManager.Api.SiteConfig;

public static class SiteConfigEndpoints
{
    /// <summary>
    /// <c>GET …/config</c>, the widget's first request on every page view: a route handler rather than a controller
    /// action, because MVC's binding, filter and formatter pipeline cost more CPU than building the answer. Same CORS,
    /// rate limit, route-id checks, problem details and OpenAPI operation as before.
    /// </summary>
    public static IEndpointRouteBuilder MapSiteConfig(this IEndpointRouteBuilder endpoints)
    {
        // Without a leading slash, like the controllers' templates, so /metrics labels the route as before.
        endpoints.MapGet("v1/sites/{siteId}/config", GetAsync)
            .RequireCors(PublicEndpoints.CorsPolicy)
            .RequireRateLimiting(PublicEndpoints.SiteWriteBudgetPolicy)
            .ValidateRouteIds()
            .WithMetadata(new VisitorTokenAttribute { Optional = true })
            .WithName("SiteConfig_Get")
            .WithTags("SiteConfig")
            .WithSummary("The banner's texts and purposes in one language, with this visitor's regime, country and GPC.")
            .Produces<SiteConfigResponse>(StatusCodes.Status200OK)
            .Produces<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")
            .Produces<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")
            .Produces<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json");
        return endpoints;
    }

    private static async Task<WrittenJsonResult> GetAsync(
        [Description("The site.")] string siteId,
        [Description("`nl` or `en`; the site's default language when absent.")] string? lang,
        [FromHeader(Name = VisitorTokens.Header)] string? visitorToken,
        SiteConfigService config,
        SiteConfigJson json,
        HttpContext context)
    {
        var response = await config.GetAsync(siteId, lang, visitorToken, ClientSignals.From(context));
        // The answer carries the visitor's token and depends on them (regime, GPC, variant): nobody may cache it.
        context.Response.Headers.CacheControl = "no-store";
        return json.Result(response);
    }
}
