using ConsentManager.Api.Secrets;
using Microsoft.Extensions.Options;

namespace ConsentManager.Api.Visitors;

/// <summary>Outside Development the keys are required; in Development one is generated once and kept under .data/.</summary>
internal sealed class VisitorTokenKeys(IHostEnvironment environment)
    : IPostConfigureOptions<VisitorTokenOptions>, IValidateOptions<VisitorTokenOptions>
{
    public void PostConfigure(string? name, VisitorTokenOptions options)
    {
        if (environment.IsDevelopment() && options.Keys.Count == 0)
        {
            options.Keys.Add(DevelopmentSecrets.LoadOrCreate("visitor-token-key"));
        }
    }

    public ValidateOptionsResult Validate(string? name, VisitorTokenOptions options) =>
        options.Keys.Count == 0
            ? ValidateOptionsResult.Fail("VisitorTokens:Keys (environment variable VisitorTokens__Keys__0) is required outside Development.")
            : options.Keys.Any(key => key.Length < 32)
                ? ValidateOptionsResult.Fail("Every VisitorTokens:Keys entry must be at least 32 characters long.")
                : ValidateOptionsResult.Success;
}
