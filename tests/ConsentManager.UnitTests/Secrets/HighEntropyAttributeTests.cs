using ConsentManager.Api.Secrets;

namespace ConsentManager.UnitTests.Secrets;

public sealed class HighEntropyAttributeTests
{
    [Theory]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 0.0)]
    [InlineData("abababababababababababababababab", 1.0)]
    public void Repeats_And_Alternations_Measure_Next_To_No_Bits(string secret, double bits) =>
        Assert.Equal(bits, HighEntropyAttribute.BitsPerCharacter(secret), precision: 2);
}
