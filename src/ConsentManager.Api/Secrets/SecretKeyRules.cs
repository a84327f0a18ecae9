using Microsoft.Extensions.Options;

namespace ConsentManager.Api.Secrets;

/// <summary>
/// The rules every HMAC key list of the API follows: required outside Development (where one is generated once
/// under <c>.data/secrets/</c>), each key at least <see cref="MinLength"/> characters.
/// </summary>
public static class SecretKeyRules
{
    public const int MinLength = 32;

    public static void AddDevelopmentKey(IHostEnvironment environment, List<string> keys, string secretName)
    {
        if (environment.IsDevelopment() && keys.Count == 0)
        {
            keys.Add(DevelopmentSecrets.LoadOrCreate(secretName));
        }
    }

    /// <summary><paramref name="setting"/> names the list as configuration spells it, e.g. <c>Audit:HashKeys</c>.</summary>
    public static ValidateOptionsResult Validate(IReadOnlyCollection<string> keys, string setting)
    {
        var variable = setting.Replace(":", "__", StringComparison.Ordinal) + "__0";
        if (keys.Count == 0)
        {
            return ValidateOptionsResult.Fail($"{setting} (environment variable {variable}) is required outside Development.");
        }

        return keys.Any(key => key.Length < MinLength)
            ? ValidateOptionsResult.Fail($"Every {setting} entry must be at least {MinLength} characters long.")
            : ValidateOptionsResult.Success;
    }
}
