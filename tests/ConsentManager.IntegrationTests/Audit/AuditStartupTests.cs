using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ConsentManager.Api.Audit;

namespace ConsentManager.IntegrationTests.Audit;

/// <summary>Audit keys: derived from the receipt MAC keys when unset; a bad configured one stops the start naming the rule.</summary>
public sealed class AuditStartupTests
{
    [Fact]
    public void Production_With_A_Too_Short_Audit_Key_Fails_At_Start_Naming_The_Rule()
    {
        using var app = ProductionApp("too-short");

        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("Audit:HashKeys entry must be at least 32 characters", error.Message);
    }

    [Fact]
    public void Production_Without_Audit_Keys_Derives_Them_From_The_Receipt_Mac_Keys()
    {
        using var app = ProductionApp(auditKey: null);

        var derived = app.Services.GetRequiredService<IOptions<AuditOptions>>().Value.HashKeys;

        var key = Assert.Single(derived);
        Assert.True(key.Length >= 32);
        Assert.DoesNotContain("a-production-receipt-mac-key", key);
    }

    // Everything else a production start needs is set, so only the audit key varies.
    private static WebApplicationFactory<Program> ProductionApp(string? auditKey) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production")
                .UseSetting("Redis:Configuration", "127.0.0.1:1,abortConnect=false")
                .UseSetting("ConsentManager:AdminKey", "a-production-admin-key-0123456789")
                .UseSetting("VisitorTokens:Keys:0", "a-production-visitor-token-key-0123456789")
                .UseSetting("Receipts:MacKeys:0", "a-production-receipt-mac-key-0123456789");
            if (auditKey is not null)
            {
                builder.UseSetting("Audit:HashKeys:0", auditKey);
            }
        });
}
