using System.Net;
using ConsentManager.Api.Webhooks;

namespace ConsentManager.UnitTests.Webhooks;

public sealed class WebhookDestinationsTests
{
    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("172.15.255.255")]
    [InlineData("100.128.0.1")]
    [InlineData("1.1.1.1")]
    [InlineData("2001:4860:4860::8888")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("::ffff:8.8.8.8")]
    public void Public_Address_Is_Public(string address)
    {
        Assert.True(WebhookDestinations.IsPublic(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("127.0.0.1")]             // loopback, where Redis listens
    [InlineData("127.255.0.9")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]      // IPv4-mapped loopback
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("0.0.0.0")]               // unspecified
    [InlineData("::")]
    [InlineData("0.1.2.3")]
    [InlineData("10.1.2.3")]              // RFC 1918
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("100.64.0.1")]            // carrier-grade NAT
    [InlineData("169.254.169.254")]       // cloud metadata service
    [InlineData("fe80::1")]               // link-local
    [InlineData("fc00::1")]               // unique-local
    [InlineData("fd12:3456::1")]
    [InlineData("224.0.0.1")]             // multicast
    [InlineData("ff02::1")]
    [InlineData("255.255.255.255")]       // broadcast
    [InlineData("198.18.0.1")]            // benchmarking
    [InlineData("192.0.2.10")]            // documentation
    [InlineData("2001:db8::1")]
    [InlineData("2002:7f00:1::")]         // 6to4 around 127.0.0.1
    public void Internal_Or_Reserved_Address_Is_Not_Public(string address)
    {
        Assert.False(WebhookDestinations.IsPublic(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("https://processor.example/hooks", true)]   // names are judged when connecting
    [InlineData("https://8.8.8.8/hooks", true)]
    [InlineData("https://[2001:4860:4860::8888]/hooks", true)]
    [InlineData("https://localhost/hooks", false)]
    [InlineData("https://LOCALHOST./hooks", false)]
    [InlineData("https://api.localhost:8080/hooks", false)]
    [InlineData("https://127.0.0.1/hooks", false)]
    [InlineData("https://2130706433/hooks", false)]          // 127.0.0.1 as one number
    [InlineData("https://[::1]/hooks", false)]
    [InlineData("https://[::ffff:127.0.0.1]/hooks", false)]
    [InlineData("https://169.254.169.254/latest/meta-data", false)]
    public void Registered_Host_Is_Public_Unless_A_Literal_Internal_Address_Or_Localhost(string url, bool expected)
    {
        Assert.Equal(expected, WebhookDestinations.IsPublicHost(new Uri(url)));
    }
}
