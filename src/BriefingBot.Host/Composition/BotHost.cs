using BriefingBot.Discord;
using BriefingBot.Ingestion;
using BriefingBot.Llm;
using BriefingBot.Slack;
using BriefingBot.Host.Scheduling;
using BriefingBot.Storage;

namespace BriefingBot.Host.Composition;

/// <summary>Builds the service container the CLI verbs share with the hosted service.</summary>
public static class BotHost
{
    /// <summary>A host without a web server, for one-shot verbs: warnings and errors go to stderr.</summary>
    public static IHost CreateForVerb(IDictionary<string, string?> overrides)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        BotConfiguration.Apply(builder.Configuration, builder.Environment.EnvironmentName, overrides);
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddBotModules();
        return builder.Build();
    }

    public static IServiceCollection AddBotModules(this IServiceCollection services) =>
        services
            .AddBriefingBotCore()
            .AddLlmAnswers()
            .AddStoryStore()
            .AddIngestion()
            .AddScheduling()
            .AddDiscord()
            .AddSlack();
}
