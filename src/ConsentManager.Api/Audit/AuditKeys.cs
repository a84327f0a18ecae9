using ConsentManager.Api.Secrets;
using Microsoft.Extensions.Options;

namespace ConsentManager.Api.Audit;

/// <summary>The audit hash keys follow <see cref="SecretKeyRules"/>: generated once in Development, required elsewhere.</summary>
internal sealed class AuditKeys(IHostEnvironment environment) : IPostConfigureOptions<AuditOptions>, IValidateOptions<AuditOptions>
{
    public void PostConfigure(string? name, AuditOptions options) =>
        SecretKeyRules.AddDevelopmentKey(environment, options.HashKeys, "audit-hash-key");

    public ValidateOptionsResult Validate(string? name, AuditOptions options) =>
        SecretKeyRules.Validate(options.HashKeys, "Audit:HashKeys");
}
