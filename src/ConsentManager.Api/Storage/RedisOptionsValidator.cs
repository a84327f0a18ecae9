using Microsoft.Extensions.Options;

namespace ConsentManager.Api.Storage;

/// <summary>Refuses to boot outside Development without a real Redis: an embedded one would silently lose proof of consent.</summary>
internal sealed class RedisOptionsValidator(IHostEnvironment environment) : IValidateOptions<RedisOptions>
{
    public ValidateOptionsResult Validate(string? name, RedisOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Configuration) && !environment.IsDevelopment())
        {
            return ValidateOptionsResult.Fail(
                $"Redis:Configuration (environment variable Redis__Configuration) is required in the '{environment.EnvironmentName}' environment; " +
                "only Development starts an embedded redis-server.");
        }

        if (options.OperationTimeout <= TimeSpan.Zero || options.OperationTimeout > TimeSpan.FromSeconds(2))
        {
            return ValidateOptionsResult.Fail(
                $"Redis:OperationTimeout must be between 0 and 2 seconds (was {options.OperationTimeout}); callers are promised an answer within 2 s.");
        }

        return ValidateOptionsResult.Success;
    }
}
