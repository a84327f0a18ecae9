using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Http;

/// <summary>The API with no trusted proxies configured: the default.</summary>
public sealed class NoTrustedProxyApplication : ConsentApiApplication
{
    protected override string? TrustedProxy => null;
}
