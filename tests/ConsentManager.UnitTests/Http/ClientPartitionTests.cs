using System.Net;
using ConsentManager.Api.Http;

namespace ConsentManager.UnitTests.Http;

public sealed class ClientPartitionTests
{
    [Theory]
    [InlineData("203.0.113.9", "203.0.113.9")]
    [InlineData("::ffff:203.0.113.9", "203.0.113.9")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2:ffff:ffff:ffff:ffff", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:3::1", "2001:db8:1:3::/64")]
    [InlineData("::1", "::/64")]
    public void Partition_Key_Is_The_IPv4_Address_Or_The_IPv6_64(string address, string key) =>
        Assert.Equal(key, ClientPartition.KeyFor(IPAddress.Parse(address)));

    [Fact]
    public void Partition_Key_Without_An_Address_Is_One_Shared_Bucket() =>
        Assert.Equal("unknown", ClientPartition.KeyFor(null));
}
