using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace ConsentManager.Api.Security;

/// <summary>Needs <see cref="Scope"/> (or admin) on the site named by the route's <c>siteId</c>.</summary>
internal sealed record ScopeRequirement(string Scope) : IAuthorizationRequirement;

internal sealed class ScopeAuthorizationHandler : AuthorizationHandler<ScopeRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ScopeRequirement requirement)
    {
        var routeSite = (context.Resource as HttpContext)?.GetRouteValue("siteId") as string;
        if (routeSite is not null && Allows(context.User, routeSite, requirement.Scope))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    /// <summary>True when the principal's key has <paramref name="scope"/> (or admin) on <paramref name="siteId"/>.</summary>
    public static bool Allows(ClaimsPrincipal user, string siteId, string scope) => IsForSite(user, siteId) && HasScope(user, scope);

    private static bool IsForSite(ClaimsPrincipal user, string siteId) =>
        user.FindFirstValue(ApiKeyAuthenticationHandler.SiteClaim) is { } site && (site == KeyIdentity.AnySite || site == siteId);

    private static bool HasScope(ClaimsPrincipal user, string scope) =>
        user.FindAll(ApiKeyAuthenticationHandler.ScopeClaim).Any(claim => claim.Value == scope || claim.Value == Scopes.Admin);
}
