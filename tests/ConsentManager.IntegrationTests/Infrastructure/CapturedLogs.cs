using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ConsentManager.IntegrationTests.Infrastructure;

/// <summary>Every log line the app writes (message and structured values), to scan for what must never be logged.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this);

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(CapturedLogs logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" | ", pairs.Select(pair => $"{pair.Key}={pair.Value}")) : "";
            logs._lines.Enqueue($"{logLevel}: {formatter(state, exception)} || {values}");
        }
    }
}
