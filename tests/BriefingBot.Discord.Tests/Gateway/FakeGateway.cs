using System.Collections.Concurrent;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Discord.Tests.Gateway;

/// <summary>
/// A scripted Discord Gateway on 127.0.0.1 (Kestrel WebSockets) with the two REST routes a Gateway bot uses:
/// <c>GET /gateway/bot</c> and the interaction callback. Each connection runs the test's script.
/// </summary>
public sealed class FakeGateway : IAsyncDisposable
{
    private readonly WebApplication app;
    private int connections;

    public FakeGateway(Func<int, GatewaySession, Task> script)
    {
        var port = Loopback.FreePort();
        Port = port;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.UseWebSockets();
        app.MapGet("/api/v10/gateway/bot", () => Results.Text($$"""{"url":"ws://127.0.0.1:{{port}}/gateway","shards":1}""", "application/json"));
        app.MapPost("/api/v10/interactions/{id}/{token}/callback", async (HttpContext http, string id) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            Callbacks.Enqueue((id, JsonNode.Parse(await reader.ReadToEndAsync())!.AsObject()));
            return Results.NoContent();
        });
        app.Map("/api/v10/{**rest}", async (HttpContext http, string rest) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var text = await reader.ReadToEndAsync();
            Rest.Enqueue((http.Request.Method, rest, text.Length == 0 ? null : JsonNode.Parse(text)));
            return Results.Text($$"""{"id":"{{Rest.Count}}"}""", "application/json");
        });
        app.Map("/gateway", async (HttpContext http) =>
        {
            if (!http.WebSockets.IsWebSocketRequest)
            {
                return Results.BadRequest();
            }

            using var socket = await http.WebSockets.AcceptWebSocketAsync();
            var session = new GatewaySession(socket);
            Sessions.Enqueue(session);
            try
            {
                await script(Interlocked.Increment(ref connections), session);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or InvalidOperationException)
            {
                // The client closed first: that is what several scripts provoke.
            }

            return Results.Empty;
        });
        app.StartAsync().GetAwaiter().GetResult();
    }

    public int Port { get; }

    public string ApiBaseUrl => $"http://127.0.0.1:{Port}/api/v10";

    public int Connections => Volatile.Read(ref connections);

    public ConcurrentQueue<GatewaySession> Sessions { get; } = new();

    public ConcurrentQueue<(string Id, JsonObject Body)> Callbacks { get; } = new();

    /// <summary>Every other REST call: message posts, webhook edits.</summary>
    public ConcurrentQueue<(string Method, string Path, JsonNode? Body)> Rest { get; } = new();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        foreach (var session in Sessions)
        {
            session.Dispose();
        }
    }

    /// <summary>One connection as the script sees it; heartbeats are answered with ACKs unless told not to.</summary>
    public sealed class GatewaySession(WebSocket socket) : IDisposable
    {
        public ConcurrentQueue<JsonObject> Received { get; } = new();

        public bool AckHeartbeats { get; set; } = true;

        private readonly SemaphoreSlim sending = new(1, 1);

        /// <summary>Sends one frame; safe to call while another task reads (one send at a time).</summary>
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

        public Task HelloAsync(int heartbeatMilliseconds = 100) =>
            SendAsync("{\"op\":10,\"d\":{\"heartbeat_interval\":" + heartbeatMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}}");

        /// <summary>The next frame that is not a heartbeat, or null when the client closed.</summary>
        public async Task<JsonObject?> ReceiveAsync(TimeSpan? timeout = null)
        {
            using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
            var buffer = new byte[64 * 1024];
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer, limit.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }

                var frame = JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, result.Count))!.AsObject();
                Received.Enqueue(frame);
                if (frame["op"]!.GetValue<int>() == 1)
                {
                    if (AckHeartbeats)
                    {
                        await SendAsync("""{"op":11}""");
                    }

                    continue;
                }

                return frame;
            }
        }

        /// <summary>Reads until the client closes (heartbeats answered as configured).</summary>
        public async Task DrainAsync(TimeSpan timeout)
        {
            try
            {
                while (await ReceiveAsync(timeout) is not null)
                {
                }
            }
            catch (OperationCanceledException)
            {
                // The client stayed connected for the whole time.
            }
        }

        public void Dispose() => sending.Dispose();

        public Task CloseAsync(int code) => socket.CloseAsync((WebSocketCloseStatus)code, "scripted", CancellationToken.None);
    }
}
