using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Rest;

/// <summary>
/// The one typed HttpClient for Discord's REST API: <c>Authorization: Bot</c>, the User-Agent Discord asks for,
/// rate limits learned from the headers per bucket, the global limit paced, 429s waited out as told, and a stop
/// when refusals pile up toward Cloudflare's ban threshold. Errors become <see cref="DiscordApiException"/>.
/// </summary>
public sealed partial class DiscordRestClient(HttpClient http, DiscordRateLimits limits, IOptions<DiscordOptions> options, ILogger<DiscordRestClient> logger)
{
    public const string UserAgent = "DiscordBot (https://github.com/briefingbot, 0.1)";
    private const int MaxAttempts = 4;

    public static void Configure(HttpClient client, DiscordOptions settings)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(settings);
        client.BaseAddress = new Uri(settings.ApiBaseUrl.TrimEnd('/') + "/");
        client.Timeout = TimeSpan.FromSeconds(30);
        client.DefaultRequestHeaders.UserAgent.Clear();
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgent);
        if (!string.IsNullOrWhiteSpace(settings.BotToken))
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", settings.BotToken);
        }
    }

    /// <summary>Sends one request, waiting for room in its bucket and in the global limit; null for 204.</summary>
    public async Task<JsonNode?> SendAsync(HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken, bool global = true)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(path);
        var route = $"{method.Method} {path.Split('?')[0]}";
        var bucket = limits.For(route);
        for (var attempt = 1; ; attempt++)
        {
            if (limits.RefusedInWindow >= options.Value.InvalidRequestBudget)
            {
                throw new DiscordApiException(HttpStatusCode.TooManyRequests, $"stopped sending: {limits.RefusedInWindow} refused requests in ten minutes (Discord:InvalidRequestBudget); check the bot token and permissions");
            }

            await bucket.Turn.WaitAsync(cancellationToken);
            HttpResponseMessage response;
            try
            {
                var wait = bucket.WaitFor(limits.Now);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, cancellationToken);
                }

                var slot = global ? await limits.WaitGlobalAsync(cancellationToken) : null;
                using var request = new HttpRequestMessage(method, path.TrimStart('/'));
                if (body is not null)
                {
                    request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
                }

                try
                {
                    response = await http.SendAsync(request, cancellationToken);
                }
                finally
                {
                    slot?.Done();
                }

                limits.Learn(route, bucket, response.Headers);
            }
            finally
            {
                bucket.Turn.Release();
            }

            using (response)
            {
                var text = await response.Content.ReadAsStringAsync(cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return response.StatusCode == HttpStatusCode.NoContent || text.Length == 0 ? null : JsonNode.Parse(text);
                }

                if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests)
                {
                    limits.CountRefused();
                }

                if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt < MaxAttempts)
                {
                    var (retryAfter, isGlobal) = ReadRetry(response, text);
                    LogRateLimited(logger, route, retryAfter.TotalSeconds, isGlobal);
                    if (isGlobal)
                    {
                        limits.PauseGlobal(retryAfter);
                    }
                    else
                    {
                        bucket.Exhaust(limits.Now + retryAfter);
                    }

                    continue;
                }

                if ((int)response.StatusCode >= 500 && attempt < 2)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
                    continue;
                }

                throw new DiscordApiException(response.StatusCode, $"{(int)response.StatusCode} {DiscordMessage(text) ?? response.ReasonPhrase}");
            }
        }
    }

    private static (TimeSpan RetryAfter, bool Global) ReadRetry(HttpResponseMessage response, string body)
    {
        double seconds = 1;
        var global = response.Headers.TryGetValues("X-RateLimit-Global", out var g) && g.FirstOrDefault() == "true";
        try
        {
            if (JsonNode.Parse(body) is JsonObject json)
            {
                seconds = json["retry_after"]?.GetValue<double>() ?? seconds;
                global |= json["global"]?.GetValue<bool>() ?? false;
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            if (response.Headers.RetryAfter?.Delta is { } delta)
            {
                seconds = delta.TotalSeconds;
            }
        }

        return (TimeSpan.FromSeconds(Math.Clamp(seconds, 0.05, 300)), global);
    }

    private static string? DiscordMessage(string body)
    {
        try
        {
            return JsonNode.Parse(body) is JsonObject json && json["message"]?.GetValue<string>() is { } message
                ? json["code"] is { } code ? $"{message} (code {code.ToJsonString()})" : message
                : null;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord rate limit on {Route}: waiting {Seconds:0.###} s (global: {Global})")]
    private static partial void LogRateLimited(ILogger logger, string route, double seconds, bool global);
}
