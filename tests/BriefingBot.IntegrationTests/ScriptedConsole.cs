using System.Collections.Concurrent;
using System.Text;

namespace BriefingBot.IntegrationTests;

/// <summary>A console for the chat service: the test types lines and waits for what the bot prints.</summary>
public sealed class ScriptedConsole : IDisposable
{
    private readonly BlockingCollection<string?> lines = new();
    private readonly StringBuilder written = new();
    private readonly Lock gate = new();

    public ScriptedConsole()
    {
        Input = new LineReader(lines);
        Output = new RecordingWriter(this);
    }

    public TextReader Input { get; }

    public TextWriter Output { get; }

    public string Text
    {
        get
        {
            lock (gate)
            {
                return written.ToString();
            }
        }
    }

    public void Type(string line) => lines.Add(line);

    public void EndOfInput() => lines.Add(null);

    /// <summary>Waits until the output, from character <paramref name="from"/> on, contains the text.</summary>
    public async Task<string> WaitForAsync(string expected, TimeSpan timeout, int from = 0)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (Text.AsSpan(from).Contains(expected, StringComparison.Ordinal))
            {
                return Text;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The console never showed \"{expected}\". It showed:\n{Text}");
    }

    public void Dispose()
    {
        lines.Dispose();
        Input.Dispose();
        Output.Dispose();
    }

    private sealed class LineReader(BlockingCollection<string?> lines) : TextReader
    {
        public override string? ReadLine() => lines.Take();
    }

    private sealed class RecordingWriter(ScriptedConsole owner) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            lock (owner.gate)
            {
                owner.written.Append(value);
            }
        }

        public override void Write(string? value)
        {
            lock (owner.gate)
            {
                owner.written.Append(value);
            }
        }
    }
}
