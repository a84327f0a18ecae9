using System.ComponentModel.DataAnnotations;
using ConsentManager.Api.Webhooks;

namespace ConsentManager.UnitTests.Webhooks;

public sealed class WebhookOptionsTests
{
    [Fact]
    public void Defaults_Are_Valid()
    {
        Assert.Empty(Validate(new WebhookOptions()));
    }

    [Fact]
    public void First_Retry_Later_Than_Five_Seconds_Is_Refused_Naming_The_Setting()
    {
        var errors = Validate(new WebhookOptions { FirstRetryDelay = TimeSpan.FromSeconds(6) });

        Assert.Contains(errors, error => error.MemberNames.Contains(nameof(WebhookOptions.FirstRetryDelay)));
    }

    [Fact]
    public void Claim_Lease_Not_Longer_Than_The_Request_Timeout_Is_Refused()
    {
        var errors = Validate(new WebhookOptions { ClaimLease = TimeSpan.FromSeconds(10), RequestTimeout = TimeSpan.FromSeconds(10) });

        Assert.Contains(errors, error => error.ErrorMessage!.Contains("Webhooks:ClaimLease"));
    }

    private static List<ValidationResult> Validate(WebhookOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
