using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BriefingBot.Core.Chat;

namespace BriefingBot.Slack.SocketMode;

/// <summary>
/// One Socket Mode WebSocket: receives frames, hands each to the client's handler, and sends acknowledgements on
/// this same socket (Slack wants them where the envelope came from). <see cref="Ended"/> says why it is finished
/// with: a <c>disconnect</c> frame (the socket keeps serving until the replacement is up) or the socket closing.
/// </summary>
internal sealed class SocketModeConnection : IAsyncDisposable
{
    private const int MaxFrameBytes = 4 * 1024 * 1024;
    private readonly ClientWebSocket socket;
    private readonly SemaphoreSlim sendGate = new(1, 1);
    private readonly CancellationTokenSource stop;
    private readonly TaskCompletionSource<JsonObject> hello = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<SocketModeEnd> ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Func<SocketModeConnection, JsonObject, Task> onFrame;
    private Task receiving = Task.CompletedTask;

    private SocketModeConnection(ClientWebSocket socket, Func<SocketModeConnection, JsonObject, Task> onFrame, CancellationToken stoppingToken)
    {
        this.socket = socket;
        this.onFrame = onFrame;
        stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
    }

    public Task<SocketModeEnd> Ended => ended.Task;

    /// <summary>Connects and waits for Slack's hello (an envelope before it would have nowhere to go).</summary>
    public static async Task<SocketModeConnection> OpenAsync(Uri url, Func<SocketModeConnection, JsonObject, Task> onFrame, TimeSpan helloTimeout, CancellationToken stoppingToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.FromSeconds(20);
        var connection = new SocketModeConnection(socket, onFrame, stoppingToken);
        try
        {
            await socket.ConnectAsync(url, stoppingToken);
            connection.receiving = connection.ReceiveLoopAsync();
            await connection.hello.Task.WaitAsync(helloTimeout, stoppingToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Called by the frame handler for a <c>disconnect</c>: the client opens a replacement, then closes this one.</summary>
    public void Disconnecting(SocketModeEnd reason) => ended.TrySetResult(reason);

    public void Greeted(JsonObject frame) => hello.TrySetResult(frame);

    public async Task SendAsync(JsonObject frame, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(frame.ToJsonString());
        await sendGate.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            sendGate.Release();
        }
    }

    /// <summary>Closes politely (or abruptly, if Slack does not answer the close within a few seconds).</summary>
    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "replaced", timeout.Token);
                await receiving.WaitAsync(TimeSpan.FromSeconds(5));
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or TimeoutException or ObjectDisposedException)
            {
                // Already gone, or slow to say goodbye: the socket is aborted below.
            }
        }

        await stop.CancelAsync();
        socket.Abort();
        await receiving.ContinueWith(_ => { }, TaskScheduler.Default);
        socket.Dispose();
        sendGate.Dispose();
        stop.Dispose();
    }

    private async Task ReceiveLoopAsync()
    {
        var reason = SocketModeEnd.Dropped;
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var frame = await ReceiveAsync();
                if (frame is null)
                {
                    reason = SocketModeEnd.Closed;
                    break;
                }

                await onFrame(this, frame);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            reason = SocketModeEnd.Dropped;
        }
        finally
        {
            hello.TrySetException(new WebSocketException("the socket closed before Slack said hello"));
            ended.TrySetResult(reason);
        }
    }

    private async Task<JsonObject?> ReceiveAsync()
    {
        if (await BoundedMessage.ReceiveAsync(socket, MaxFrameBytes, "Socket Mode", stop.Token) is not { } message)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(message) as JsonObject ?? new JsonObject();
        }
        catch (JsonException)
        {
            return new JsonObject(); // not JSON: the handler ignores an empty frame
        }
    }
}
