using System.Security.Cryptography;
using System.Text;
using ConsentManager.Client;

namespace ConsentManager.UnitTests.Client;

public sealed class WebhookVerifierTests
{
    private const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private const string Body = """{"type":"consent.withdrawn"}""";
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, true)]
    [InlineData(-299, true)]
    [InlineData(299, true)]
    [InlineData(-301, false)]
    [InlineData(301, false)]
    public void Signature_Is_Accepted_Only_Within_Five_Minutes_Of_Now(int offsetSeconds, bool expected)
    {
        var timestamp = Now.AddSeconds(offsetSeconds).ToUnixTimeSeconds().ToString();

        Assert.Equal(expected, Verifier().Verify("evt_1", timestamp, Sign("evt_1", timestamp, Body), Body));
    }

    [Theory]
    [InlineData("evt_2", Body)]
    [InlineData("evt_1", """{"type":"consent.recorded"}""")]
    public void Signature_Over_Another_Id_Or_Body_Is_Refused(string id, string body)
    {
        var timestamp = Now.ToUnixTimeSeconds().ToString();

        Assert.False(Verifier().Verify(id, timestamp, Sign("evt_1", timestamp, Body), body));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("v1,")]
    [InlineData("v2,c2lnbmF0dXJl")]
    [InlineData("v1,not base64!")]
    public void Missing_Or_Malformed_Signature_Is_Refused(string? signature)
    {
        Assert.False(Verifier().Verify("evt_1", Now.ToUnixTimeSeconds().ToString(), signature, Body));
    }

    [Fact]
    public void One_Matching_Signature_Among_Several_Is_Enough_During_Secret_Rotation()
    {
        var timestamp = Now.ToUnixTimeSeconds().ToString();

        Assert.True(Verifier().Verify("evt_1", timestamp, $"v1,b2xkIHNlY3JldA== {Sign("evt_1", timestamp, Body)}", Body));
    }

    private static WebhookVerifier Verifier() => new(Secret, new FixedClock(Now));

    private static string Sign(string id, string timestamp, string body) =>
        "v1," + Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(Secret[6..]), Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}")));
}
