using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Slack.Tests;

/// <summary>Warnings and errors from every bot these tests start, so a wait that times out can say what went wrong.</summary>
public sealed class TestLog : ILoggerProvider
{
    public static ConcurrentQueue<string> Entries { get; } = new();

    /// <summary>The last twenty entries, for a timeout's message.</summary>
    public static string Recent() => "Recent warnings:\n" + string.Join('\n', Entries.TakeLast(20));

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                Entries.Enqueue($"{DateTime.UtcNow:HH:mm:ss.fff} {logLevel} {category}: {formatter(state, exception)} {exception?.GetType().Name} {exception?.Message}");
            }
        }
    }
}
