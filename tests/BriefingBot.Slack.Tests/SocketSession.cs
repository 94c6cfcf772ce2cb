using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace BriefingBot.Slack.Tests;

/// <summary>One Socket Mode connection as a test script drives it.</summary>
public sealed class SocketSession(WebSocket socket) : IDisposable
{
    private readonly SemaphoreSlim sending = new(1, 1);

    public WebSocket Socket => socket;

    /// <summary>Every frame the client sent on this socket.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<JsonObject> Received { get; } = new();

    public async Task SendAsync(string json)
    {
        await sending.WaitAsync();
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            sending.Release();
        }
    }

    public Task HelloAsync() => SendAsync("""{"type":"hello","num_connections":1,"connection_info":{"app_id":"A1"},"debug_info":{"host":"fake"}}""");

    /// <summary>A slash-command envelope, as Slack sends it.</summary>
    public Task CommandAsync(string envelopeId, string command, string text, string user = "U1", string responseUrl = "", string channel = "C1") =>
        SendAsync(new JsonObject
        {
            ["envelope_id"] = envelopeId,
            ["type"] = "slash_commands",
            ["accepts_response_payload"] = true,
            ["payload"] = new JsonObject
            {
                ["token"] = "legacy",
                ["team_id"] = "T1",
                ["channel_id"] = channel,
                ["user_id"] = user,
                ["command"] = command,
                ["text"] = text,
                ["response_url"] = responseUrl,
                ["trigger_id"] = "1.2.3",
            },
        }.ToJsonString());

    /// <summary>The next frame from the client, or null when it closed.</summary>
    public async Task<JsonObject?> ReceiveAsync(TimeSpan? timeout = null)
    {
        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        while (true)
        {
            var result = await socket.ReceiveAsync(chunk, limit.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            buffer.Write(chunk, 0, result.Count);
            if (result.EndOfMessage)
            {
                var frame = JsonNode.Parse(buffer.ToArray())!.AsObject();
                Received.Enqueue(frame);
                return frame;
            }
        }
    }

    /// <summary>Reads until the client closes or the time is up; true when the client closed.</summary>
    public async Task<bool> DrainAsync(TimeSpan timeout)
    {
        try
        {
            while (await ReceiveAsync(timeout) is not null)
            {
            }

            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public void Dispose() => sending.Dispose();
}
