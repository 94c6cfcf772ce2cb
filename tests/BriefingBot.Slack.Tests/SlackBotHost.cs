using System.Globalization;
using System.Text;
using BriefingBot.Host.Hosting;
using BriefingBot.Slack.Signing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Slack.Tests;

/// <summary>The whole bot set up for Slack against a fake Slack, on a free loopback port (tests and benchmarks).</summary>
public static class SlackBotHost
{
    public const string SigningSecret = "test-signing-secret-0123456789abcdef";

    /// <summary>The bot with the fake's tokens and the test signing secret, its data in <paramref name="dataDir"/>; extra settings win.</summary>
    public static (WebApplication App, int Port) Create(string dataDir, FakeSlack slack, Dictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        ArgumentNullException.ThrowIfNull(slack);
        var port = Loopback.FreePort();
        var overrides = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = dataDir,
            ["Slack:BotToken"] = FakeSlack.BotToken,
            ["Slack:AppToken"] = FakeSlack.AppToken,
            ["Slack:SigningSecret"] = SigningSecret,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
            ["Chat:Console"] = "off",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? [])
        {
            overrides[key] = value;
        }

        return (BotWebHost.Create(["--urls", $"http://127.0.0.1:{port}"], overrides, configureServices: s =>
        {
            s.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider, TestLog>();
            configureServices?.Invoke(s);
        }), port);
    }

    /// <summary>A slash-command request signed now with the test secret, as Slack would send it.</summary>
    public static HttpRequestMessage SignedCommand(Uri endpoint, string body, DateTimeOffset? at = null)
    {
        var timestamp = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded") };
        request.Headers.Add(SlackRequestVerifier.TimestampHeader, timestamp);
        request.Headers.Add(SlackRequestVerifier.SignatureHeader, SlackRequestVerifier.Sign(SigningSecret, timestamp, Encoding.UTF8.GetBytes(body)));
        return request;
    }

    /// <summary>A form body for a slash command.</summary>
    public static string Form(string command, string text, string user = "U1", string? responseUrl = null, string channel = "C1") =>
        string.Join('&', new Dictionary<string, string?>
        {
            ["token"] = "legacy",
            ["team_id"] = "T1",
            ["team_domain"] = "newsroom",
            ["channel_id"] = channel,
            ["channel_name"] = "general",
            ["user_id"] = user,
            ["user_name"] = "reader",
            ["command"] = command,
            ["text"] = text,
            ["response_url"] = responseUrl,
            ["trigger_id"] = "1.2.3",
            ["api_app_id"] = "A1",
        }.Where(p => p.Value is not null).Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value!)));

}
