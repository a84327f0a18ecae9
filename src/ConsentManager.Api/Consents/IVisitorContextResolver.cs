namespace ConsentManager.Api.Consents;

/// <summary>Works out a visitor's regime, country and GPC signal from the request.</summary>
public interface IVisitorContextResolver
{
    VisitorContext Resolve(HttpContext httpContext);
}
