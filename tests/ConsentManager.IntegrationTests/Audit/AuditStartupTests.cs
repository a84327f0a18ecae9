using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace ConsentManager.IntegrationTests.Audit;

/// <summary>The audit keys are required outside Development, and bad ones stop the start naming the setting.</summary>
public sealed class AuditStartupTests
{
    [Theory]
    [InlineData(null, "Audit__HashKeys__0")]
    [InlineData("too-short", "at least 32 characters")]
    public void Production_Without_A_Valid_Audit_Key_Fails_At_Start_Naming_The_Setting(string? key, string expected)
    {
        using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            // Everything else a production start needs is set, so the failure can only be the audit key.
            builder.UseEnvironment("Production")
                .UseSetting("Redis:Configuration", "127.0.0.1:1,abortConnect=false")
                .UseSetting("ConsentManager:AdminKey", "a-production-admin-key-0123456789")
                .UseSetting("VisitorTokens:Keys:0", "a-production-visitor-token-key-0123456789");
            if (key is not null)
            {
                builder.UseSetting("Audit:HashKeys:0", key);
            }
        });

        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains(expected, error.Message);
    }
}
