using System.Collections.Concurrent;
using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Slack.Tests;

/// <summary>
/// Slack on 127.0.0.1 (Kestrel): the Web API methods the adapter uses, keeping Slack's rules (Bearer tokens of the
/// right kind, <c>ok:false</c> errors, one message a second per channel with a short burst and 429 + Retry-After
/// beyond it, message metadata in history), <c>response_url</c> hooks, and Socket Mode sockets run by a script.
/// </summary>
public sealed class FakeSlack : IAsyncDisposable
{
    public const string BotToken = "xoxb-test-bot-token";
    public const string AppToken = "xapp-test-app-token";

    private readonly WebApplication app;
    private readonly Func<int, SocketSession, Task>? script;
    private readonly ConcurrentDictionary<string, (double Tokens, DateTime At)> buckets = new();
    private readonly Lock gate = new();
    private int connections;
    private int openConnections;
    private int maxOpenConnections;
    private int tooMany;
    private long ts = 1_764_230_400_000_000;

    public FakeSlack(Func<int, SocketSession, Task>? script = null, int burst = 3)
    {
        this.script = script;
        Burst = burst;
        Port = Loopback.FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{Port}");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.UseWebSockets();
        app.MapPost("/api/{method}", ApiAsync);
        app.MapPost("/hooks/{id}", async (HttpContext http, string id) =>
        {
            Responses.Enqueue((id, (await JsonNode.ParseAsync(http.Request.Body))!.AsObject()));
            return Results.Text("ok");
        });
        app.Map("/socket", SocketAsync);
        app.StartAsync().GetAwaiter().GetResult();
    }

    public int Port { get; }

    public string ApiBaseUrl => $"http://127.0.0.1:{Port}/api";

    public int Burst { get; }

    public string ResponseUrl(string id) => $"http://127.0.0.1:{Port}/hooks/{id}";

    /// <summary>429 answers given: zero when the client paces itself.</summary>
    public int TooManyRequests => Volatile.Read(ref tooMany);

    public int Connections => Volatile.Read(ref connections);

    /// <summary>The most Socket Mode sockets open at once (2 during a refresh done right).</summary>
    public int MaxOpenConnections => Volatile.Read(ref maxOpenConnections);

    /// <summary><c>apps.connections.open</c> answers this error this many times before succeeding.</summary>
    public int OpenFailures { get; set; }

    public ConcurrentQueue<(string Method, JsonObject Arguments, string? Authorization)> Calls { get; } = new();

    public ConcurrentDictionary<string, ConcurrentQueue<JsonObject>> Messages { get; } = new();

    public ConcurrentQueue<(string Id, JsonObject Body)> Responses { get; } = new();

    /// <summary>When each accepted message reached the fake, per channel (benchmarks compare them with the limits).</summary>
    public ConcurrentDictionary<string, ConcurrentQueue<DateTime>> Arrivals { get; } = new();

    /// <summary>Channels whose posts fail with this error (<c>not_in_channel</c>, <c>channel_not_found</c>).</summary>
    public ConcurrentDictionary<string, string> FailingChannels { get; } = new();

    /// <summary>Channels that answer 429 once, with this Retry-After in seconds, before accepting.</summary>
    public ConcurrentDictionary<string, int> RateLimitOnce { get; } = new();

    /// <summary>Channels the bot may post to (chat:write.public) but not read: history answers <c>not_in_channel</c>.</summary>
    public ConcurrentDictionary<string, bool> Unreadable { get; } = new();

    /// <summary>users.info answers: user id → is_admin.</summary>
    public ConcurrentDictionary<string, bool> Admins { get; } = new();

    public ConcurrentQueue<SocketSession> Sessions { get; } = new();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task<IResult> ApiAsync(HttpContext http, string method)
    {
        var arrived = DateTime.UtcNow;
        var arguments = new JsonObject();
        if (http.Request.HasFormContentType)
        {
            foreach (var (key, value) in await http.Request.ReadFormAsync())
            {
                arguments[key] = value.ToString();
            }
        }
        else if (http.Request.ContentLength != 0)
        {
            arguments = (await JsonNode.ParseAsync(http.Request.Body)) as JsonObject ?? [];
        }

        var authorization = http.Request.Headers.Authorization.ToString();
        Calls.Enqueue((method, arguments, authorization));
        var token = authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? authorization[7..] : string.Empty;
        if (method == "apps.connections.open")
        {
            if (token != AppToken)
            {
                return Error(token.StartsWith("xoxb-", StringComparison.Ordinal) ? "not_allowed_token_type" : "invalid_auth");
            }

            if (OpenFailures > 0)
            {
                OpenFailures--;
                return Error("internal_error");
            }

            return Ok(new JsonObject { ["url"] = $"ws://127.0.0.1:{Port}/socket" });
        }

        if (token != BotToken)
        {
            return Error(token.Length == 0 ? "not_authed" : "invalid_auth");
        }

        return method switch
        {
            "chat.postMessage" => PostMessage(arguments, http.Response, arrived),
            "conversations.history" => History(arguments),
            "users.info" => Admins.TryGetValue(arguments["user"]?.GetValue<string>() ?? string.Empty, out var isAdmin)
                ? Ok(new JsonObject { ["user"] = new JsonObject { ["id"] = arguments["user"]!.GetValue<string>(), ["is_admin"] = isAdmin, ["is_owner"] = false, ["is_primary_owner"] = false } })
                : Error("user_not_found"),
            _ => Error("unknown_method"),
        };
    }

    private IResult PostMessage(JsonObject message, HttpResponse response, DateTime arrived)
    {
        var channel = message["channel"]?.GetValue<string>() ?? string.Empty;
        if (FailingChannels.TryGetValue(channel, out var error))
        {
            return Error(error);
        }

        if (message["blocks"] is JsonArray blocks && blocks.Count > 50)
        {
            return Error("invalid_blocks");
        }

        var wait = RateLimitOnce.TryRemove(channel, out var once) ? once : Admit(channel, arrived);
        if (wait > 0)
        {
            Interlocked.Increment(ref tooMany);
            response.Headers.RetryAfter = wait.ToString(CultureInfo.InvariantCulture);
            return Results.Json(new JsonObject { ["ok"] = false, ["error"] = "ratelimited" }, statusCode: 429);
        }

        Arrivals.GetOrAdd(channel, _ => new ConcurrentQueue<DateTime>()).Enqueue(arrived);
        var stored = message; // the same object the call log holds: it only gains its ts
        stored["ts"] = (Interlocked.Increment(ref ts) / 1_000_000.0).ToString("0.000000", CultureInfo.InvariantCulture);
        Messages.GetOrAdd(channel, _ => new ConcurrentQueue<JsonObject>()).Enqueue(stored);
        return Ok(new JsonObject { ["channel"] = channel, ["ts"] = stored["ts"]!.GetValue<string>() });
    }

    // A token bucket per channel: Burst messages at once, then one a second; the answer is whole seconds to wait.
    private int Admit(string channel, DateTime now)
    {
        lock (gate)
        {
            var (tokens, at) = buckets.GetOrAdd(channel, _ => (Burst, now));
            tokens = Math.Min(Burst, tokens + (now - at).TotalSeconds);
            if (tokens < 1)
            {
                buckets[channel] = (tokens, now);
                return (int)Math.Ceiling(1 - tokens);
            }

            buckets[channel] = (tokens - 1, now);
            return 0;
        }
    }

    private IResult History(JsonObject arguments)
    {
        var channel = arguments["channel"]?.GetValue<string>() ?? string.Empty;
        if (FailingChannels.TryGetValue(channel, out var error))
        {
            return Error(error);
        }

        if (Unreadable.ContainsKey(channel))
        {
            return Error("not_in_channel");
        }

        var withMetadata = arguments["include_all_metadata"]?.GetValue<string>() == "true";
        var messages = Messages.TryGetValue(channel, out var queue) ? queue.Reverse().Take(50).ToArray() : [];
        return Ok(new JsonObject
        {
            ["messages"] = new JsonArray(messages.Select(m =>
            {
                var copy = new JsonObject { ["type"] = "message", ["ts"] = m["ts"]!.GetValue<string>(), ["text"] = m["text"]?.GetValue<string>() };
                if (withMetadata && m["metadata"] is { } metadata)
                {
                    copy["metadata"] = metadata.DeepClone();
                }

                return (JsonNode)copy;
            }).ToArray()),
        });
    }

    private async Task SocketAsync(HttpContext http)
    {
        if (!http.WebSockets.IsWebSocketRequest || script is null)
        {
            http.Response.StatusCode = 400;
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        var session = new SocketSession(socket);
        Sessions.Enqueue(session);
        var open = Interlocked.Increment(ref openConnections);
        lock (gate)
        {
            maxOpenConnections = Math.Max(maxOpenConnections, open);
        }

        try
        {
            await script(Interlocked.Increment(ref connections), session);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or InvalidOperationException)
        {
            // The client went first: several scripts provoke exactly that.
        }
        finally
        {
            Interlocked.Decrement(ref openConnections);
            session.Dispose();
        }
    }

    private static IResult Ok(JsonObject body)
    {
        body["ok"] = true;
        return Results.Json(body);
    }

    private static IResult Error(string error) => Results.Json(new JsonObject { ["ok"] = false, ["error"] = error });
}
