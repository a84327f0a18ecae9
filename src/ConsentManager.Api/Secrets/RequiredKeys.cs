using Microsoft.Extensions.Options;

namespace ConsentManager.Api.Secrets;

/// <summary>
/// A list of HMAC keys (visitor tokens, receipt MACs): required outside Development, at least 32 characters each;
/// in Development one is generated once and kept under .data/, so a restart keeps what was signed valid.
/// </summary>
internal sealed class RequiredKeys<TOptions>(
    IHostEnvironment environment, string setting, string secretName, Func<TOptions, List<string>> keys)
    : IPostConfigureOptions<TOptions>, IValidateOptions<TOptions>
    where TOptions : class
{
    public void PostConfigure(string? name, TOptions options)
    {
        if (environment.IsDevelopment() && keys(options).Count == 0)
        {
            keys(options).Add(DevelopmentSecrets.LoadOrCreate(secretName));
        }
    }

    public ValidateOptionsResult Validate(string? name, TOptions options) =>
        keys(options).Count == 0
            ? ValidateOptionsResult.Fail(
                $"{setting} (environment variable {setting.Replace(":", "__")}__0) is required outside Development.")
            : keys(options).Any(key => key.Length < 32)
                ? ValidateOptionsResult.Fail($"Every {setting} entry must be at least 32 characters long.")
                : ValidateOptionsResult.Success;
}
