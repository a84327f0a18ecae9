using System.ComponentModel.DataAnnotations;
using ConsentManager.Api.Http;

namespace ConsentManager.UnitTests.Http;

public sealed class RateLimitingOptionsTests
{
    [Fact]
    public void Defaults_Are_Valid() => Assert.Empty(Validate(new RateLimitingOptions()));

    [Theory]
    [InlineData(0, 60, 6000, 60, "RateLimiting:PermitLimit")]
    [InlineData(300, 0, 6000, 60, "RateLimiting:Window")]
    [InlineData(300, 60, 0, 60, "RateLimiting:SiteWritePermitLimit")]
    [InlineData(300, 60, 6000, 0, "RateLimiting:SiteWriteWindow")]
    [InlineData(300, 60, 6000, 172_800, "RateLimiting:SiteWriteWindow")]
    public void Out_Of_Range_Setting_Fails_Naming_It(int permitLimit, int windowSeconds, int sitePermitLimit, int siteWindowSeconds, string setting)
    {
        var options = new RateLimitingOptions
        {
            PermitLimit = permitLimit,
            Window = TimeSpan.FromSeconds(windowSeconds),
            SiteWritePermitLimit = sitePermitLimit,
            SiteWriteWindow = TimeSpan.FromSeconds(siteWindowSeconds),
        };

        var message = Assert.Single(Validate(options)).ErrorMessage;

        Assert.StartsWith($"{setting} must be between", message);
    }

    private static List<ValidationResult> Validate(RateLimitingOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
