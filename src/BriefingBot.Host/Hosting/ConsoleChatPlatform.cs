using System.Globalization;
using System.Text.Json;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Host.Rendering;
using BriefingBot.Storage;
using Microsoft.Extensions.Options;

namespace BriefingBot.Host.Hosting;

/// <summary>
/// The offline "platform": posts go to the console, and each post with a delivery key is also appended to
/// <c>console-posts.jsonl</c> in the data folder — the channel's history, where a restarted bot looks before
/// posting a slot again, as it would look in a Discord or Slack channel.
/// </summary>
public sealed class ConsoleChatPlatform(ConsoleChatIo io, IOptions<StorageOptions> storage, TimeProvider time) : IChatPlatform, IDisposable
{
    public const string PlatformName = "console";

    private readonly SemaphoreSlim gate = new(1, 1);
    private long sequence;

    public string Name => PlatformName;

    private string JournalPath => Path.Combine(Path.GetFullPath(storage.Value.DataDirectory), "console-posts.jsonl");

    public async Task<PostedMessage> PostAsync(ChannelAddress channel, Reply reply, DeliveryKey? key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(reply);
        await gate.WaitAsync(cancellationToken);
        try
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"{time.GetUtcNow().ToUnixTimeMilliseconds()}-{Interlocked.Increment(ref sequence)}");
            await io.Output.WriteLineAsync();
            await io.Output.WriteLineAsync(ConsoleReplyRenderer.Render(reply));
            await io.Output.FlushAsync(cancellationToken);
            if (key is not null)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(JournalPath)!);
                var line = JsonSerializer.Serialize(new JournalLine(id, channel.ToString(), key.Value, time.GetUtcNow()));
                await File.AppendAllTextAsync(JournalPath, line + "\n", cancellationToken);
            }

            return new PostedMessage(id);
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<PostedMessage?> FindDeliveryAsync(ChannelAddress channel, DeliveryKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(key);
        if (!File.Exists(JournalPath))
        {
            return null;
        }

        var address = channel.ToString();
        foreach (var text in await File.ReadAllLinesAsync(JournalPath, cancellationToken))
        {
            JournalLine? line;
            try
            {
                line = JsonSerializer.Deserialize<JournalLine>(text);
            }
            catch (JsonException)
            {
                continue; // a line cut short by a crash mid-write was not a completed post
            }

            if (line is not null && line.Channel == address && line.Key == key.Value)
            {
                return new PostedMessage(line.MessageId);
            }
        }

        return null;
    }

    public void Dispose() => gate.Dispose();

    private sealed record JournalLine(string MessageId, string Channel, string Key, DateTimeOffset At);
}
