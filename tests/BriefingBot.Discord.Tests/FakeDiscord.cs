using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace BriefingBot.Discord.Tests;

/// <summary>
/// A Discord REST API on 127.0.0.1 that keeps the rules: per-channel message limits announced in the rate-limit
/// headers and enforced with 429, the global limit, channel history, webhook edits and command registration.
/// </summary>
public sealed class FakeDiscord : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly Task loop;
    private readonly ConcurrentDictionary<string, Queue<DateTime>> channelSends = new();
    private readonly Queue<DateTime> globalSends = new();
    private readonly Lock gate = new();
    private int tooMany;
    private int next = 1000;

    public FakeDiscord(int messagesPerWindow = 5, double windowSeconds = 5, int globalPerSecond = 50)
    {
        MessagesPerWindow = messagesPerWindow;
        WindowSeconds = windowSeconds;
        GlobalPerSecond = globalPerSecond;
        Port = Loopback.FreePort();

        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string ApiBaseUrl => $"http://127.0.0.1:{Port}/api/v10";

    public int MessagesPerWindow { get; }

    public double WindowSeconds { get; }

    public int GlobalPerSecond { get; }

    /// <summary>429 answers given: zero when the client paces itself.</summary>
    public int TooManyRequests => Volatile.Read(ref tooMany);

    public ConcurrentDictionary<string, ConcurrentQueue<JsonObject>> Messages { get; } = new();

    public ConcurrentQueue<(string Method, string Path, JsonNode? Body, string? Authorization, string? UserAgent)> Requests { get; } = new();

    /// <summary>Channels that answer with this status (403 Missing Access, 404 Unknown Channel).</summary>
    public ConcurrentDictionary<string, int> FailingChannels { get; } = new();

    /// <summary>Channels that answer 429 once, with this retry_after, before accepting.</summary>
    public ConcurrentDictionary<string, double> RateLimitOnce { get; } = new();

    public async ValueTask DisposeAsync()
    {
        listener.Close();
        try
        {
            await loop.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception ex) when (ex is ObjectDisposedException or HttpListenerException or TimeoutException)
        {
            // Closing the listener ends the loop.
        }
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var arrived = DateTime.UtcNow; // limits count arrivals, not when a busy machine gets round to the handler
            _ = Task.Run(() => HandleAsync(context, arrived));
        }
    }

    private async Task HandleAsync(HttpListenerContext context, DateTime arrived)
    {
        try
        {
            var request = context.Request;
            using var reader = new StreamReader(request.InputStream, Encoding.UTF8);
            var text = await reader.ReadToEndAsync();
            var body = text.Length == 0 ? null : JsonNode.Parse(text);
            var path = request.Url!.AbsolutePath.Replace("/api/v10/", string.Empty, StringComparison.Ordinal);
            Requests.Enqueue((request.HttpMethod, path, body, request.Headers["Authorization"], request.Headers["User-Agent"]));
            var (status, answer) = Route(request.HttpMethod, path, body, context.Response, arrived);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(answer?.ToJsonString() ?? string.Empty));
            context.Response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The client went away.
        }
    }

    private (int Status, JsonNode? Body) Route(string method, string path, JsonNode? body, HttpListenerResponse response, DateTime arrived)
    {
        var parts = path.Split('/');
        if (parts is ["channels", var channel, "messages"])
        {
            if (method == "GET")
            {
                var history = Messages.TryGetValue(channel, out var queue) ? queue.Reverse().Take(50).ToArray() : [];
                return (200, new JsonArray(history.Select(m => (JsonNode)m.DeepClone()).ToArray()));
            }

            if (FailingChannels.TryGetValue(channel, out var failing))
            {
                return (failing, new JsonObject { ["message"] = failing == 403 ? "Missing Access" : "Unknown Channel", ["code"] = failing == 403 ? 50001 : 10003 });
            }

            if (RateLimitOnce.TryRemove(channel, out var retryAfter))
            {
                Interlocked.Increment(ref tooMany);
                return (429, new JsonObject { ["message"] = "You are being rate limited.", ["retry_after"] = retryAfter, ["global"] = false });
            }

            if (Admit(channel, response, arrived) is { } wait)
            {
                Interlocked.Increment(ref tooMany);
                var global = response.Headers["X-RateLimit-Global"] == "true";
                return (429, new JsonObject { ["message"] = "You are being rate limited.", ["retry_after"] = Math.Round(wait, 3), ["global"] = global });
            }

            var message = body!.AsObject().DeepClone().AsObject();
            message["id"] = Interlocked.Increment(ref next).ToString(CultureInfo.InvariantCulture);
            message["channel_id"] = channel;
            Messages.GetOrAdd(channel, _ => new ConcurrentQueue<JsonObject>()).Enqueue(message);
            return (200, message);
        }

        if (parts is ["webhooks", _, _, ..])
        {
            return (200, new JsonObject { ["id"] = Interlocked.Increment(ref next).ToString(CultureInfo.InvariantCulture) });
        }

        if (parts is ["applications", _, .., "commands"] && method == "PUT")
        {
            return (200, body);
        }

        return (404, new JsonObject { ["message"] = "404: Not Found", ["code"] = 0 });
    }

    // The limits Discord would apply, announced in the headers a well-behaved client learns from; when a request
    // is over a limit, how many seconds until it would not be.
    private double? Admit(string channel, HttpListenerResponse response, DateTime now)
    {
        lock (gate)
        {
            while (globalSends.Count > 0 && (now - globalSends.Peek()).TotalSeconds >= 1)
            {
                globalSends.Dequeue();
            }

            if (globalSends.Count >= GlobalPerSecond)
            {
                response.Headers["X-RateLimit-Global"] = "true";
                return 1 - (now - globalSends.Peek()).TotalSeconds;
            }

            var sends = channelSends.GetOrAdd(channel, _ => new Queue<DateTime>());
            while (sends.Count > 0 && (now - sends.Peek()).TotalSeconds >= WindowSeconds)
            {
                sends.Dequeue();
            }

            if (sends.Count >= MessagesPerWindow)
            {
                return WindowSeconds - (now - sends.Peek()).TotalSeconds;
            }

            sends.Enqueue(now);
            globalSends.Enqueue(now);
            var resetAfter = WindowSeconds - (now - sends.Peek()).TotalSeconds;
            response.Headers["X-RateLimit-Bucket"] = "a06de8ab2b3bf3c2"; // one hash for every channel, as Discord does
            response.Headers["X-RateLimit-Limit"] = MessagesPerWindow.ToString(CultureInfo.InvariantCulture);
            response.Headers["X-RateLimit-Remaining"] = (MessagesPerWindow - sends.Count).ToString(CultureInfo.InvariantCulture);
            response.Headers["X-RateLimit-Reset-After"] = resetAfter.ToString("0.000", CultureInfo.InvariantCulture);
            return null;
        }
    }
}
