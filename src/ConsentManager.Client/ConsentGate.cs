using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ConsentManager.Client;

/// <summary>The check behind <see cref="RequireConsentAttribute"/> and the endpoint filter: no visitor, no consent.</summary>
internal static class ConsentGate
{
    public static async Task<bool> AllowsAsync(HttpContext context, string purpose, string? siteId)
    {
        var services = context.RequestServices;
        var site = siteId ?? services.GetRequiredService<IOptions<ConsentClientOptions>>().Value.SiteId
            ?? throw new InvalidOperationException($"RequireConsent(\"{purpose}\") names no site and ConsentClient:SiteId is not set.");
        var visitorId = services.GetRequiredService<IVisitorAccessor>().GetVisitorId(context, site);
        if (visitorId is null)
        {
            return false;
        }

        var decision = await services.GetRequiredService<ConsentClient>().IsAllowedAsync(site, visitorId, purpose, context.RequestAborted);
        return decision.Allowed;
    }
}
