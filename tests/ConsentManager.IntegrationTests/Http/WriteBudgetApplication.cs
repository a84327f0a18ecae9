using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Http;

/// <summary>An app whose sites may take only a few writes per window, to meet the write budget.</summary>
public sealed class WriteBudgetApplication : ConsentApiApplication
{
    public const int Budget = 3;

    protected override int SiteWritePermitLimit => Budget;
}
