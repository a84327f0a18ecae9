using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ConsentManager.Api.Privacy;

/// <summary>
/// Wraps the logger factory, so every logger of every provider (console, tests' capture, any added later) gets
/// messages and structured values with client addresses minimised. A filter, not a discipline.
/// </summary>
internal sealed class RedactingLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName));

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() => inner.Dispose();

    private sealed class RedactingLogger(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!inner.IsEnabled(logLevel))
            {
                return;
            }

            var message = ClientAddressRedactor.Redact(formatter(state, exception));
            IReadOnlyList<KeyValuePair<string, object?>> values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.Select(pair => KeyValuePair.Create(pair.Key, pair.Value is null ? null : (object?)Redact(pair.Value))).ToList()
                : [];
            inner.Log(logLevel, eventId, values, exception, (_, _) => message);
        }

        private static object Redact(object value) => value switch
        {
            string text => ClientAddressRedactor.Redact(text),
            System.Net.IPAddress address => IpPrefix.Of(address),
            _ when value.GetType().IsPrimitive => value,
            _ => ClientAddressRedactor.Redact(value.ToString() ?? ""),
        };
    }
}

public static class LogRedactionRegistration
{
    /// <summary>Client addresses are minimised in every log line, whoever writes it.</summary>
    public static IServiceCollection AddClientAddressRedaction(this IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(provider => new RedactingLoggerFactory(new LoggerFactory(
            provider.GetServices<ILoggerProvider>(),
            provider.GetRequiredService<IOptionsMonitor<LoggerFilterOptions>>(),
            provider.GetService<IOptions<LoggerFactoryOptions>>(),
            provider.GetService<IExternalScopeProvider>()))));
        return services;
    }
}
