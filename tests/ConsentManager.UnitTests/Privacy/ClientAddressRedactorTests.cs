using ConsentManager.Api.Privacy;

namespace ConsentManager.UnitTests.Privacy;

public sealed class ClientAddressRedactorTests
{
    [Theory]
    [InlineData("Client 89.160.20.112 located in SE", "Client 89.160.20.0/24 located in SE")]
    [InlineData("from 2001:218:abcd:1234::77, via proxy", "from 2001:218:abcd::/48, via proxy")]
    [InlineData("peer ::ffff:10.1.2.3 rejected", "peer 10.1.2.0/24 rejected")]
    [InlineData("a=1.2.3.4;b=5.6.7.8", "a=1.2.3.0/24;b=5.6.7.0/24")]
    [InlineData("version 1.2.3 at 12:30:45", "version 1.2.3 at 12:30:45")]
    [InlineData("receipt 8b0f4c1e-3a55-4f0e-9d8e-0a1b2c3d4e5f", "receipt 8b0f4c1e-3a55-4f0e-9d8e-0a1b2c3d4e5f")]
    [InlineData("no addresses here", "no addresses here")]
    public void Addresses_In_Text_Are_Minimised_And_Nothing_Else_Changes(string text, string expected)
    {
        Assert.Equal(expected, ClientAddressRedactor.Redact(text));
    }
}
