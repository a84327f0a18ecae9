namespace ConsentManager.IntegrationTests.Infrastructure;

/// <summary>Addresses with known locations in MaxMind's City test database.</summary>
public static class TestAddresses
{
    public const string Sweden = "89.160.20.112";
    public const string Japan = "2001:218::1";
}
