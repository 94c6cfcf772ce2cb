using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BriefingBot.Core.Chat;
using BriefingBot.Discord.Interactions;
using BriefingBot.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Gateway;

/// <summary>
/// The Gateway connection for a bot without a public URL: identifies with intents 0 (interactions need none),
/// heartbeats with jitter, treats a missing ACK as a dead connection and resumes, follows Reconnect and Invalid
/// Session, never reconnects after a fatal close code (it logs why and stops), paces its sends, and answers
/// INTERACTION_CREATE through the interaction callback endpoint.
/// </summary>
public sealed partial class DiscordGatewayClient(
    DiscordRestClient rest,
    InteractionResponder responder,
    IOptions<DiscordOptions> options,
    ILogger<DiscordGatewayClient> logger) : BackgroundService
{
    private readonly Random jitter = new();
    private string? sessionId;
    private string? resumeUrl;
    private long? sequence;

    /// <summary>Why the client stopped for good, when it did.</summary>
    public string? StoppedBecause { get; private set; }

    /// <summary>Connections made so far (tests watch reconnects with it).</summary>
    public int Connections { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsEnabled || !options.Value.Mode.Equals("gateway", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var failures = 0;
        string? gatewayUrl = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                gatewayUrl ??= (await rest.SendAsync(HttpMethod.Get, "gateway/bot", null, stoppingToken))?["url"]?.GetValue<string>()
                    ?? throw new InvalidOperationException("GET /gateway/bot gave no url");
                var close = await RunConnectionAsync(resumeUrl ?? gatewayUrl, stoppingToken);
                failures = 0;
                if (close is { } code && GatewayCloseCodes.IsFatal(code))
                {
                    StoppedBecause = GatewayCloseCodes.Describe(code);
                    LogFatal(logger, StoppedBecause);
                    return;
                }

                if (close is GatewayCloseCodes.InvalidSequence or GatewayCloseCodes.SessionTimedOut)
                {
                    Forget();
                }

                await Task.Delay(TimeSpan.FromMilliseconds(100 + (jitter.NextDouble() * 900)), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is WebSocketException or HttpRequestException or DiscordApiException or InvalidOperationException or JsonException)
            {
                failures++;
                LogConnectionFailed(logger, ex, failures);
                var delay = TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, Math.Min(failures, 6))) * (0.5 + jitter.NextDouble() / 2));
                await Task.Delay(delay, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private void Forget()
    {
        sessionId = null;
        resumeUrl = null;
        sequence = null;
    }

    /// <summary>One connection, until it closes; returns the close code (null when we chose to reconnect).</summary>
    private async Task<int?> RunConnectionAsync(string url, CancellationToken stoppingToken)
    {
        using var socket = new ClientWebSocket();
        using var connection = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var uri = new Uri(url.TrimEnd('/') + "/?v=10&encoding=json");
        await socket.ConnectAsync(uri, stoppingToken);
        Connections++;
        var sends = new GatewaySendLimiter(TimeProvider.System);
        var sendGate = new SemaphoreSlim(1, 1);
        var acked = true;
        Task? heartbeat = null;

        async Task SendAsync(JsonObject frame)
        {
            await sends.WaitAsync(connection.Token);
            await sendGate.WaitAsync(connection.Token);
            try
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(frame.ToJsonString()), WebSocketMessageType.Text, true, connection.Token);
            }
            finally
            {
                sendGate.Release();
            }
        }

        JsonObject Heartbeat() => new() { ["op"] = 1, ["d"] = sequence is { } s ? JsonValue.Create(s) : null };

        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var frame = await ReceiveAsync(socket, connection.Token);
                if (frame is null)
                {
                    break;
                }

                if (frame["s"] is JsonValue s && s.TryGetValue<long>(out var seq))
                {
                    sequence = seq;
                }

                switch (frame["op"]?.GetValue<int>())
                {
                    case 10:
                        var interval = TimeSpan.FromMilliseconds(frame["d"]!["heartbeat_interval"]!.GetValue<double>());
                        heartbeat = HeartbeatAsync(interval);
                        await SendAsync(sessionId is null ? Identify() : Resume());
                        break;
                    case 11:
                        acked = true;
                        break;
                    case 1:
                        await SendAsync(Heartbeat());
                        break;
                    case 7:
                        LogReconnect(logger, "Discord asked for a reconnect");
                        await CloseAsync(socket, GatewayCloseCodes.Zombie);
                        return null;
                    case 9:
                        var resumable = frame["d"]?.GetValueKind() == JsonValueKind.True;
                        LogReconnect(logger, resumable ? "invalid session (resumable)" : "invalid session (identifying afresh)");
                        if (!resumable)
                        {
                            Forget();
                            await Task.Delay(TimeSpan.FromSeconds(1 + jitter.NextDouble() * 4), stoppingToken);
                        }

                        await CloseAsync(socket, GatewayCloseCodes.Zombie);
                        return null;
                    case 0:
                        await DispatchAsync(frame, connection.Token);
                        break;
                }
            }

            return (int?)socket.CloseStatus;
        }
        catch (WebSocketException) when (socket.CloseStatus is { } status)
        {
            return (int)status;
        }
        finally
        {
            await connection.CancelAsync();
            if (heartbeat is not null)
            {
                await heartbeat.ContinueWith(_ => { }, TaskScheduler.Default);
            }

            sendGate.Dispose();
        }

        async Task HeartbeatAsync(TimeSpan interval)
        {
            try
            {
                await Task.Delay(interval * jitter.NextDouble(), connection.Token);
                while (!connection.IsCancellationRequested)
                {
                    if (!acked)
                    {
                        LogReconnect(logger, "no heartbeat ACK: the connection is dead, resuming");
                        await CloseAsync(socket, GatewayCloseCodes.Zombie);
                        return;
                    }

                    acked = false;
                    await SendAsync(Heartbeat());
                    await Task.Delay(interval, connection.Token);
                }
            }
            catch (OperationCanceledException)
            {
                // The connection ended.
            }
            catch (WebSocketException)
            {
                // The receive loop sees the same failure and reconnects.
            }
        }
    }

    private async Task DispatchAsync(JsonObject frame, CancellationToken cancellationToken)
    {
        var type = frame["t"]?.GetValue<string>();
        if (type == "READY")
        {
            sessionId = frame["d"]?["session_id"]?.GetValue<string>();
            resumeUrl = frame["d"]?["resume_gateway_url"]?.GetValue<string>();
            LogReady(logger);
        }
        else if (type == "INTERACTION_CREATE" && frame["d"] is JsonObject interaction)
        {
            _ = AnswerAsync(interaction, cancellationToken);
        }
    }

    private async Task AnswerAsync(JsonObject interaction, CancellationToken cancellationToken)
    {
        try
        {
            var id = interaction["id"]!.GetValue<string>();
            var token = interaction["token"]!.GetValue<string>();
            var response = interaction["type"]?.GetValue<int>() == 2
                ? await responder.RespondAsync(interaction, cancellationToken)
                : new JsonObject { ["type"] = 4, ["data"] = new JsonObject { ["content"] = "That kind of interaction is not something I handle yet.", ["flags"] = 64, ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() } } };
            await rest.SendAsync(HttpMethod.Post, $"interactions/{id}/{token}/callback", response, cancellationToken, global: false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogAnswerFailed(logger, ex);
        }
    }

    private JsonObject Identify() => new()
    {
        ["op"] = 2,
        ["d"] = new JsonObject
        {
            ["token"] = options.Value.BotToken,
            ["intents"] = 0,
            ["properties"] = new JsonObject { ["os"] = Environment.OSVersion.Platform.ToString().ToLowerInvariant(), ["browser"] = "briefingbot", ["device"] = "briefingbot" },
        },
    };

    private JsonObject Resume() => new()
    {
        ["op"] = 6,
        ["d"] = new JsonObject { ["token"] = options.Value.BotToken, ["session_id"] = sessionId, ["seq"] = sequence is { } s ? JsonValue.Create(s) : null },
    };

    private static async Task<JsonObject?> ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken) =>
        await BoundedMessage.ReceiveAsync(socket, 4 * 1024 * 1024, "Gateway", cancellationToken) is { } message ? JsonNode.Parse(message) as JsonObject : null;

    private static async Task CloseAsync(ClientWebSocket socket, int code)
    {
        try
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, "reconnecting", CancellationToken.None);
        }
        catch (WebSocketException)
        {
            // Already gone.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord Gateway ready")]
    private static partial void LogReady(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord Gateway: {Reason}")]
    private static partial void LogReconnect(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Discord Gateway stopped for good: {Reason}")]
    private static partial void LogFatal(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord Gateway connection failed ({Failures} in a row); backing off")]
    private static partial void LogConnectionFailed(ILogger logger, Exception exception, int failures);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not answer a Discord interaction from the Gateway")]
    private static partial void LogAnswerFailed(ILogger logger, Exception exception);
}
