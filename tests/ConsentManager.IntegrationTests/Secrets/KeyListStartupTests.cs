using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace ConsentManager.IntegrationTests.Secrets;

/// <summary>Outside Development the HMAC key lists (visitor tokens, receipt MACs) are required and must be long.</summary>
public sealed class KeyListStartupTests
{
    private const string GoodKey = "a-production-hmac-key-0123456789abcdef";

    [Theory]
    [InlineData("VisitorTokens:Keys:0", "Receipts:MacKeys:0", "", "Receipts__MacKeys__0")]
    [InlineData("Receipts:MacKeys:0", "VisitorTokens:Keys:0", "", "VisitorTokens__Keys__0")]
    [InlineData("VisitorTokens:Keys:0", "Receipts:MacKeys:0", "too-short", "Every Receipts:MacKeys entry must be at least 32")]
    public void Production_With_A_Missing_Or_Short_Key_Fails_At_Start_Naming_The_Setting(
        string configured, string tested, string testedValue, string expected)
    {
        using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production")
                // Everything else is valid, so the failure can be about nothing but the tested key list.
                .UseSetting("ConsentManager:AdminKey", "a-production-admin-key-0123456789")
                .UseSetting("Redis:Configuration", "127.0.0.1:1")
                .UseSetting("Audit:HashKeys:0", GoodKey)
                .UseSetting(configured, GoodKey);
            if (testedValue.Length > 0)
            {
                builder.UseSetting(tested, testedValue);
            }
        });

        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains(expected, error.Message);
    }
}
