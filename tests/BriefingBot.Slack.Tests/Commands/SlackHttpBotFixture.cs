using BriefingBot.Core.Chat;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Slack.Tests.Commands;

/// <summary>One bot in HTTP mode against one fake Slack, shared by the endpoint tests (each test uses its own users and channels).</summary>
public sealed class SlackHttpBotFixture : IAsyncLifetime
{
    private readonly string dataDir = Directory.CreateTempSubdirectory("briefingbot-slack-http-").FullName;
    private WebApplication? app;

    public FakeSlack Slack { get; } = new();

    public HttpClient Http { get; } = new();

    public Uri Endpoint { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var (bot, port) = SlackBotHost.Create(dataDir, Slack, new() { ["Slack:AdminUsers:0"] = "UCONFIGURED" }, s => s.AddSingleton<ICommandHandler, SlowCommand>());
        app = bot;
        await app.StartAsync();
        Endpoint = new Uri($"http://127.0.0.1:{port}/slack/commands");
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        Http.Dispose();
        await Slack.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDir, recursive: true);
    }
}
