using Spectre.Console;

namespace ConsentManager.Cli;

internal static class Program
{
    private static Task<int> Main(string[] args) => new CliApp(AnsiConsole.Console, new HttpClientHandler()).RunAsync(args);
}
