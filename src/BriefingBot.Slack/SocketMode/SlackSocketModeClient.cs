using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using BriefingBot.Core.Chat;
using BriefingBot.Slack.Commands;
using BriefingBot.Slack.WebApi;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Slack.SocketMode;

/// <summary>
/// Socket Mode, for a Slack app without a public URL: asks <c>apps.connections.open</c> (with the <c>xapp-</c> token)
/// for a WebSocket, waits for hello, acknowledges every envelope on its own socket within Slack's three seconds
/// (a slash command's acknowledgement carries the answer or a "working on it"), ignores an envelope id seen before,
/// answers <c>disconnect</c> by opening the new connection before closing the old, and backs off when connecting fails.
/// </summary>
public sealed partial class SlackSocketModeClient(
    SlackWebApiClient api,
    SlackCommandResponder responder,
    IOptions<SlackOptions> options,
    ILogger<SlackSocketModeClient> logger) : BackgroundService
{
    private static readonly TimeSpan HelloTimeout = TimeSpan.FromSeconds(15);
    private readonly RecentIds envelopes = new(TimeProvider.System, TimeSpan.FromMinutes(30));
    private readonly Random jitter = new();
    private int connections;
    private int duplicates;

    /// <summary>Connections Slack greeted so far (tests watch refreshes and reconnects with it).</summary>
    public int Connections => Volatile.Read(ref connections);

    /// <summary>Envelopes that arrived again and were acknowledged without being handled twice.</summary>
    public int Duplicates => Volatile.Read(ref duplicates);

    /// <summary>Why the client stopped for good, when it did.</summary>
    public string? StoppedBecause { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsEnabled || !options.Value.IsSocketMode)
        {
            return;
        }

        SocketModeConnection? current = null;
        try
        {
            current = await ConnectAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                var end = await current.Ended.WaitAsync(stoppingToken);
                switch (end)
                {
                    case SocketModeEnd.LinkDisabled:
                        StoppedBecause = "Socket Mode was turned off for this app (link_disabled); turn it on again or set Slack:Mode to Http";
                        LogStopped(logger, StoppedBecause);
                        return;
                    case SocketModeEnd.Refresh:
                        // The old socket keeps serving while the new one comes up; envelopes on both are de-duplicated.
                        var next = await ConnectAsync(stoppingToken);
                        await current.DisposeAsync();
                        current = next;
                        break;
                    default:
                        LogReconnecting(logger, end);
                        await current.DisposeAsync();
                        current = null;
                        await Task.Delay(TimeSpan.FromMilliseconds(100 + (jitter.NextDouble() * 900)), stoppingToken);
                        current = await ConnectAsync(stoppingToken);
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        catch (SlackApiException ex) when (ex.Kind is SlackErrorKind.Unauthorized or SlackErrorKind.MissingScope)
        {
            StoppedBecause = $"Slack refused the app token ({ex.Error}); check Slack:AppToken (xapp-…, scope connections:write)";
            LogStopped(logger, StoppedBecause);
        }
        finally
        {
            if (current is not null)
            {
                await current.DisposeAsync();
            }
        }
    }

    /// <summary>A new connection, retried with exponential back-off and jitter until it is up or the bot stops.</summary>
    private async Task<SocketModeConnection> ConnectAsync(CancellationToken stoppingToken)
    {
        for (var failures = 0; ; failures++)
        {
            try
            {
                var opened = await api.CallAsync("apps.connections.open", new JsonObject(), stoppingToken, options.Value.AppToken);
                var url = opened["url"]?.GetValue<string>() ?? throw new InvalidOperationException("apps.connections.open gave no url");
                var connection = await SocketModeConnection.OpenAsync(new Uri(url), HandleFrameAsync, HelloTimeout, stoppingToken);
                LogConnected(logger);
                return connection;
            }
            catch (Exception ex) when (ex is WebSocketException or HttpRequestException or InvalidOperationException or JsonException or TimeoutException or UriFormatException
                || (ex is SlackApiException refused && refused.Kind is not (SlackErrorKind.Unauthorized or SlackErrorKind.MissingScope))
                || (ex is TaskCanceledException && !stoppingToken.IsCancellationRequested))
            {
                var delay = TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, Math.Min(failures, 6))) * (0.5 + (jitter.NextDouble() / 2)));
                LogConnectFailed(logger, ex, failures + 1, delay.TotalSeconds);
                await Task.Delay(delay, stoppingToken);
            }
        }
    }

    private Task HandleFrameAsync(SocketModeConnection connection, JsonObject frame)
    {
        var type = frame["type"]?.GetValue<string>();
        switch (type)
        {
            case "hello":
                Interlocked.Increment(ref connections); // before any envelope on this socket is handled
                connection.Greeted(frame);
                return Task.CompletedTask;
            case "disconnect":
                var reason = frame["reason"]?.GetValue<string>() ?? "unknown";
                LogDisconnect(logger, reason);
                connection.Disconnecting(reason == "link_disabled" ? SocketModeEnd.LinkDisabled : SocketModeEnd.Refresh);
                return Task.CompletedTask;
        }

        if (frame["envelope_id"]?.GetValue<string>() is not { Length: > 0 } id)
        {
            LogIgnored(logger, type ?? "(none)");
            return Task.CompletedTask;
        }

        // Each envelope on its own task: a slow one must not hold up the acknowledgement of the next.
        _ = AnswerEnvelopeAsync(connection, id, type, frame["payload"] as JsonObject);
        return Task.CompletedTask;
    }

    private async Task AnswerEnvelopeAsync(SocketModeConnection connection, string id, string? type, JsonObject? payload)
    {
        try
        {
            var ack = new JsonObject { ["envelope_id"] = id };
            if (!envelopes.TryAdd(id))
            {
                Interlocked.Increment(ref duplicates);
            }
            else if (type == "slash_commands" && payload is not null)
            {
                var fields = payload.Where(p => p.Value is JsonValue).ToDictionary(p => p.Key, p => (string?)p.Value!.ToString(), StringComparer.Ordinal);
                ack["payload"] = await responder.RespondAsync(fields, CancellationToken.None);
            }
            else if (type is not ("events_api" or "interactive"))
            {
                LogIgnored(logger, type ?? "(none)");
            }

            await connection.SendAsync(ack, CancellationToken.None);
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or InvalidOperationException or OperationCanceledException)
        {
            LogAckFailed(logger, ex, id);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack Socket Mode connected")]
    private static partial void LogConnected(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack Socket Mode: disconnect ({Reason}); opening a new connection before closing this one")]
    private static partial void LogDisconnect(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack Socket Mode connection ended ({End}); reconnecting")]
    private static partial void LogReconnecting(ILogger logger, SocketModeEnd end);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack Socket Mode: could not connect ({Failures} in a row); next try in {Seconds:0.#} s")]
    private static partial void LogConnectFailed(ILogger logger, Exception exception, int failures, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack Socket Mode: ignored a frame of type {Type}")]
    private static partial void LogIgnored(ILogger logger, string type);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack Socket Mode: could not acknowledge envelope {EnvelopeId}")]
    private static partial void LogAckFailed(ILogger logger, Exception exception, string envelopeId);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Slack Socket Mode stopped for good: {Reason}")]
    private static partial void LogStopped(ILogger logger, string reason);
}
