using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Slack.WebApi;

/// <summary>
/// The one typed HttpClient for Slack's Web API and <c>response_url</c>s: the bot token as Bearer (the app token
/// where a method needs it), <c>ok:false</c> turned into <see cref="SlackApiException"/>, 429 waited out as
/// <c>Retry-After</c> says, and posts paced per channel.
/// </summary>
public sealed partial class SlackWebApiClient(HttpClient http, SlackPostPacer pacer, IOptions<SlackOptions> options, ILogger<SlackWebApiClient> logger)
{
    private const int MaxAttempts = 4;
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public static void Configure(HttpClient client, SlackOptions settings)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(settings);
        client.BaseAddress = new Uri(settings.ApiBaseUrl.TrimEnd('/') + "/");
        client.Timeout = TimeSpan.FromSeconds(30);
        client.DefaultRequestHeaders.UserAgent.Clear();
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", "BriefingBot/0.1 (+https://github.com/briefingbot)");
    }

    /// <summary><c>chat.postMessage</c>, after the channel's turn; returns Slack's answer (with <c>ts</c>).</summary>
    public async Task<JsonObject> PostMessageAsync(JsonObject message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var channel = message["channel"]?.GetValue<string>() ?? throw new ArgumentException("the message names no channel", nameof(message));
        return await SendAsync("chat.postMessage", () => JsonContent(message), options.Value.BotToken, channel, cancellationToken);
    }

    /// <summary>A Web API method with a JSON body (write methods).</summary>
    public Task<JsonObject> CallAsync(string method, JsonObject body, CancellationToken cancellationToken, string? token = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        return SendAsync(method, () => JsonContent(body), token ?? options.Value.BotToken, null, cancellationToken);
    }

    /// <summary>A Web API method with form arguments (read methods such as <c>users.info</c> take only these).</summary>
    public Task<JsonObject> CallFormAsync(string method, IReadOnlyDictionary<string, string> arguments, CancellationToken cancellationToken, string? token = null)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return SendAsync(method, () => new FormUrlEncodedContent(arguments), token ?? options.Value.BotToken, null, cancellationToken);
    }

    /// <summary>
    /// Posts a message to a slash command's <c>response_url</c>. Only https addresses (or the configured API's own
    /// host, for a proxy or a test server) are accepted: the URL arrives in the request.
    /// </summary>
    public async Task RespondAsync(string responseUrl, JsonObject message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!IsAcceptableResponseUrl(responseUrl, out var uri))
        {
            throw new SlackApiException("response_url", "invalid_response_url", "not an https address");
        }

        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = JsonContent(message) };
            using var response = await http.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt < MaxAttempts)
            {
                await Task.Delay(RetryAfter(response), cancellationToken);
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new SlackApiException("response_url", $"http_{(int)response.StatusCode}", Short(text));
            }

            return;
        }
    }

    public bool IsAcceptableResponseUrl(string? responseUrl, out Uri uri)
    {
        if (!Uri.TryCreate(responseUrl, UriKind.Absolute, out uri!))
        {
            return false;
        }

        return uri.Scheme == Uri.UriSchemeHttps
            || (http.BaseAddress is { } api && uri.Scheme == api.Scheme && uri.Authority == api.Authority);
    }

    private async Task<JsonObject> SendAsync(string method, Func<HttpContent> content, string? token, string? channel, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            HttpStatusCode status;
            TimeSpan wait;
            string text;
            using (channel is null ? null : await pacer.TakeTurnAsync(channel, cancellationToken))
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, method) { Content = content() };
                if (!string.IsNullOrWhiteSpace(token))
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                }

                using var response = await http.SendAsync(request, cancellationToken);
                status = response.StatusCode;
                wait = RetryAfter(response);
                text = await response.Content.ReadAsStringAsync(cancellationToken);
            }

            if (status == HttpStatusCode.TooManyRequests)
            {
                LogRateLimited(logger, method, wait.TotalSeconds);
                if (channel is not null)
                {
                    pacer.Block(channel, TimeProvider.System.GetUtcNow() + wait);
                }

                if (attempt < MaxAttempts)
                {
                    if (channel is null)
                    {
                        await Task.Delay(wait, cancellationToken);
                    }

                    continue;
                }

                throw new SlackApiException(method, "ratelimited", $"still limited after {MaxAttempts} attempts");
            }

            if ((int)status >= 500)
            {
                if (attempt < 2)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
                    continue;
                }

                throw new SlackApiException(method, "http_error", $"HTTP {(int)status}");
            }

            var answer = Parse(text);
            if (answer is null)
            {
                throw new SlackApiException(method, "http_error", $"HTTP {(int)status}, not a Web API answer");
            }

            if (answer["ok"]?.GetValueKind() != JsonValueKind.True)
            {
                var error = answer["error"]?.GetValue<string>() ?? "unknown_error";
                var needed = answer["needed"]?.GetValue<string>();
                throw new SlackApiException(method, error, needed is null ? null : $"the app needs the {needed} scope");
            }

            return answer;
        }
    }

    private static JsonObject? Parse(string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static StringContent JsonContent(JsonObject body)
    {
        var content = new StringContent(body.ToJsonString(), Encoding.UTF8);
        content.Headers.ContentType = Json;
        return content;
    }

    private static TimeSpan RetryAfter(HttpResponseMessage response)
    {
        var seconds = response.Headers.RetryAfter?.Delta?.TotalSeconds
            ?? (response.Headers.TryGetValues("Retry-After", out var values) && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? s : 1);
        return TimeSpan.FromSeconds(Math.Clamp(seconds, 0.05, 300));
    }

    private static string Short(string text) => text.Length <= 200 ? text : text[..200] + "…";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack rate limit on {Method}: waiting {Seconds:0.###} s")]
    private static partial void LogRateLimited(ILogger logger, string method, double seconds);
}
