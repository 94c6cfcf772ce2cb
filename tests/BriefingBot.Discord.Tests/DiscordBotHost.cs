using BriefingBot.Host.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Discord.Tests;

/// <summary>The whole bot set up for Discord against a fake API, on a free loopback port (tests and benchmarks).</summary>
public static class DiscordBotHost
{
    /// <summary>The bot with the test application's id and key, its data in <paramref name="dataDir"/>; extra settings win.</summary>
    public static (WebApplication App, int Port) Create(string dataDir, string apiBaseUrl, Dictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        var port = Loopback.FreePort();
        var overrides = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = dataDir,
            ["Discord:BotToken"] = "test-token-123",
            ["Discord:ApplicationId"] = "42",
            ["Discord:PublicKey"] = Interactions.Vectors.RfcPublicKey,
            ["Discord:ApiBaseUrl"] = apiBaseUrl,
            ["Chat:Console"] = "off",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? [])
        {
            overrides[key] = value;
        }

        return (BotWebHost.Create(["--urls", $"http://127.0.0.1:{port}"], overrides, configureServices: configureServices), port);
    }
}
