using BriefingBot.Core.Chat;
using BriefingBot.Discord;
using BriefingBot.Discord.Interactions;
using BriefingBot.Host.Composition;
using BriefingBot.Host.Scheduling;
using BriefingBot.Slack;
using BriefingBot.Slack.Commands;

namespace BriefingBot.Host.Hosting;

/// <summary>The long-running bot: web endpoints, ingestion on an interval and, offline, the console chat.</summary>
public static class BotWebHost
{
    /// <summary>Where the web server listens when neither ASPNETCORE_URLS, --urls nor Urls says otherwise: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <param name="configureServices">Tests replace services here (a fake clock); the bot itself passes nothing.</param>
    public static WebApplication Create(string[] args, IDictionary<string, string?> overrides, ConsoleChatIo? chatIo = null, Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var urls = builder.Configuration["urls"];
        BotConfiguration.Apply(builder.Configuration, builder.Environment.EnvironmentName, overrides);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["urls"] = urls ?? DefaultUrls });
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));

        builder.Services.AddBotModules();
        builder.Services.AddOptions<ChatOptions>().BindConfiguration(ChatOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddHostedService<IngestionWorker>();
        builder.Services.AddHostedService<RelationReadingWorker>();
        builder.Services.AddSchedulingHostedServices();
        builder.Services.AddDiscordGateway();
        builder.Services.AddSlackSocketMode();
        builder.Services.AddSingleton(chatIo ?? new ConsoleChatIo(Console.In, Console.Out));
        builder.Services.AddSingleton<IChatPlatform, ConsoleChatPlatform>();
        if (WantsConsoleChat(builder.Configuration, chatIo))
        {
            builder.Services.AddHostedService<ConsoleChatService>();
        }

        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapHealth();
        app.MapDiscordInteractions();
        app.MapSlackCommands();
        return app;
    }

    private static bool WantsConsoleChat(ConfigurationManager configuration, ConsoleChatIo? chatIo)
    {
        var mode = configuration["Chat:Console"] ?? "auto";
        return mode.ToLowerInvariant() switch
        {
            "on" => true,
            "off" => false,
            _ => chatIo is not null || (!Console.IsInputRedirected && BotConfiguration.IsOffline(configuration)),
        };
    }
}
