using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Http;

/// <summary>An app whose public endpoints allow only a few requests per client, to meet the limiter.</summary>
public sealed class RateLimitedApplication : ConsentApiApplication
{
    public const int Limit = 5;

    protected override int PublicPermitLimit => Limit;
}
