using ConsentManager.Api.Errors;
using ConsentManager.Api.Security;
using ConsentManager.Api.Visitors;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ConsentManager.Api.Subjects;

/// <summary>
/// Lets through an API key with scope <c>admin</c> on the route's site, or the route's visitor itself with its
/// <c>Visitor-Token</c>. No credentials or a credential that does not verify: 401. A valid key without the scope,
/// or the token of another visitor: 403. While the visitor is restricted, only admins pass.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AdminOrVisitorAttribute : Attribute, IFilterFactory
{
    public bool IsReusable => true;

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) =>
        new Filter(serviceProvider.GetRequiredService<VisitorTokens>(), serviceProvider.GetRequiredService<SubjectRights>());

    private sealed class Filter(VisitorTokens tokens, SubjectRights rights) : IAsyncActionFilter
    {
        public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
        {
            var http = context.HttpContext;
            var siteId = (string)context.RouteData.Values["siteId"]!;
            var visitorId = (string)context.RouteData.Values["visitorId"]!;
            if (!ScopeAuthorizationHandler.Allows(http.User, siteId, Scopes.Admin))
            {
                await AuthorizeVisitorAsync(http, siteId, visitorId);
            }

            await next();
        }

        private async Task AuthorizeVisitorAsync(HttpContext http, string siteId, string visitorId)
        {
            var token = http.Request.Headers[VisitorTokens.Header].ToString();
            if (token.Length > 0)
            {
                var verified = tokens.Verify(siteId, token)
                               ?? throw Refuse(StatusCodes.Status401Unauthorized, "The Visitor-Token is not valid for this site.");
                if (verified != visitorId)
                {
                    throw Refuse(StatusCodes.Status403Forbidden, "The Visitor-Token belongs to another visitor.");
                }

                await rights.EnsureNotRestrictedAsync(siteId, visitorId);
                return;
            }

            throw http.User.Identity?.IsAuthenticated == true
                ? Refuse(StatusCodes.Status403Forbidden, "The API key does not have the scope 'admin' on this site.")
                : Refuse(StatusCodes.Status401Unauthorized,
                    "This endpoint needs the visitor's 'Visitor-Token' header or an admin key in 'Authorization: Bearer <key>'.");
        }

        private static ApiProblemException Refuse(int status, string detail) =>
            new(status, status == StatusCodes.Status401Unauthorized ? "Unauthorized" : "Forbidden", detail);
    }
}
