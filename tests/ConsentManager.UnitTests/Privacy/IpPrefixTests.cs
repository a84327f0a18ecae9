using System.Net;
using ConsentManager.Api.Privacy;

namespace ConsentManager.UnitTests.Privacy;

public sealed class IpPrefixTests
{
    [Theory]
    [InlineData("89.160.20.112", "89.160.20.0/24")]
    [InlineData("10.0.0.255", "10.0.0.0/24")]
    [InlineData("::ffff:89.160.20.112", "89.160.20.0/24")]
    [InlineData("2001:218:abcd:1234:5678::1", "2001:218:abcd::/48")]
    [InlineData("2a02:ff80::1", "2a02:ff80::/48")]
    public void Address_Is_Cut_To_Its_Network(string address, string expected)
    {
        Assert.Equal(expected, IpPrefix.Of(IPAddress.Parse(address)));
    }
}
