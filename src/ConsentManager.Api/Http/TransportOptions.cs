namespace ConsentManager.Api.Http;

/// <summary>Bound from the <c>Http</c> configuration section.</summary>
public sealed class TransportOptions
{
    public const string Section = "Http";

    /// <summary>
    /// Serve plain HTTP without HSTS or a redirect to HTTPS (env <c>Http__AllowPlainHttp</c>): only behind a
    /// TLS-terminating proxy on a private network. Off by default outside Development.
    /// </summary>
    public bool AllowPlainHttp { get; set; }
}
