using ConsentManager.Api.Sites;
using ConsentManager.Api.Storage;
using ConsentManager.Api.Visitors;
using Microsoft.AspNetCore.Cors.Infrastructure;

namespace ConsentManager.Api.Http;

/// <summary>
/// CORS for the public endpoints allows exactly the origins of the site named in the route. Credentials are never
/// allowed: the widget keeps its state in a first-party cookie on the site, not on the API's domain.
/// </summary>
internal sealed class SiteCorsPolicyProvider(SiteDirectory sites) : ICorsPolicyProvider
{
    public async Task<CorsPolicy?> GetPolicyAsync(HttpContext context, string? policyName)
    {
        if (policyName != PublicEndpoints.CorsPolicy || context.GetRouteValue("siteId") is not string siteId || !Identifiers.IsSiteId(siteId))
        {
            return null;
        }

        Site? site;
        try
        {
            site = await sites.FindAsync(siteId);
        }
        catch (StoreUnavailableException)
        {
            // No CORS headers: the request itself will answer 503.
            return null;
        }

        return site is null
            ? null
            : new CorsPolicyBuilder()
                .WithOrigins([.. site.Definition.AllowedOrigins])
                .WithMethods(HttpMethods.Get, HttpMethods.Post, HttpMethods.Delete)
                .WithHeaders("Content-Type", VisitorTokens.Header)
                .SetPreflightMaxAge(TimeSpan.FromHours(1))
                .Build();
    }
}
