using ConsentManager.Api.Regimes;

namespace ConsentManager.Api.Consents;

/// <summary>Without a geo lookup every visitor gets the strictest regime; GPC comes from the <c>Sec-GPC: 1</c> header.</summary>
internal sealed class DefaultVisitorContextResolver : IVisitorContextResolver
{
    public VisitorContext Resolve(HttpContext httpContext) =>
        new(Regime.OptIn, Country: null, Gpc: httpContext.Request.Headers["Sec-GPC"] == "1");
}
