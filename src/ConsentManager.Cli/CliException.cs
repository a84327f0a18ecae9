namespace ConsentManager.Cli;

/// <summary>A failure to report as one line (the API's problem detail, or what the user must change).</summary>
internal sealed class CliException(string message) : Exception(message);
