using System.Text.RegularExpressions;

namespace ConsentManager.Api.Errors;

/// <summary>
/// Rewrites System.Text.Json's messages into ones that name the field and the rule, without .NET type names
/// (they say nothing to a caller and expose internals).
/// </summary>
internal static partial class JsonErrorMessages
{
    public static string Describe(string key, string message)
    {
        if (UnknownProperty().Match(message) is { Success: true } unknown)
        {
            return $"Field '{unknown.Groups[1].Value}' is not part of this request.";
        }

        if (MissingRequired().Match(message) is { Success: true } missing)
        {
            return $"Required field(s) missing: {missing.Groups[1].Value}.";
        }

        if (message.Contains("doesn't allow null", StringComparison.Ordinal) || message.Contains("null value", StringComparison.Ordinal))
        {
            return $"'{key}' must not be null.";
        }

        if (message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return $"The value at '{key}' has the wrong type or is not one of the allowed values.";
        }

        // What is left at a JSON path is a syntax error; other keys carry MVC's own, already readable messages.
        return key.StartsWith('$') ? $"The body is not valid JSON near '{key}'." : message;
    }

    [GeneratedRegex(@"JSON property '([^']*)' could not be mapped")]
    private static partial Regex UnknownProperty();

    [GeneratedRegex(@"missing required properties including: (.*)\.$")]
    private static partial Regex MissingRequired();
}
