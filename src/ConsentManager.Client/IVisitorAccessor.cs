using Microsoft.AspNetCore.Http;

namespace ConsentManager.Client;

/// <summary>Finds the visitor id of a request for the consent gate. Register your own to replace the cookie reader.</summary>
public interface IVisitorAccessor
{
    /// <summary>The visitor's id on <paramref name="siteId"/>, or null when the request carries none.</summary>
    string? GetVisitorId(HttpContext context, string siteId);
}
