using BriefingBot.Core.Chat;
using BriefingBot.Slack.Commands;
using BriefingBot.Slack.Signing;
using BriefingBot.Slack.SocketMode;
using BriefingBot.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BriefingBot.Slack;

/// <summary>Registers the Slack adapter: options, the Web API client, the platform port and the slash-command services.</summary>
public static class SlackServiceCollectionExtensions
{
    public static IServiceCollection AddSlack(this IServiceCollection services)
    {
        services.AddOptions<SlackOptions>()
            .BindConfiguration(SlackOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => !o.IsEnabled || o.BotToken!.StartsWith("xoxb-", StringComparison.Ordinal), "Slack:BotToken must be the bot token (xoxb-…) from OAuth & Permissions.")
            .Validate(o => !o.IsEnabled || o.IsSocketMode || !string.IsNullOrWhiteSpace(o.SigningSecret), "Slack:SigningSecret is required when Slack:Mode is Http.")
            .Validate(o => !o.IsEnabled || !o.IsSocketMode || (o.AppToken?.StartsWith("xapp-", StringComparison.Ordinal) ?? false), "Slack:AppToken (xapp-…, scope connections:write) is required when Slack:Mode is SocketMode.")
            .ValidateOnStart();

        // Pacing and time limits are network time: always the real clock. Request freshness uses the injected one.
        services.AddSingleton(sp => new SlackPostPacer(TimeProvider.System, sp.GetRequiredService<IOptions<SlackOptions>>().Value.ChannelBurst));
        services.AddHttpClient<SlackWebApiClient>((sp, client) => SlackWebApiClient.Configure(client, sp.GetRequiredService<IOptions<SlackOptions>>().Value));
        services.AddSingleton<SlackRequestVerifier>();
        services.AddSingleton(_ => new SlackSignatures(TimeProvider.System));
        services.AddSingleton<SlackAdmins>();
        services.AddSingleton<SlackCommandResponder>();
        services.AddSingleton<IChatPlatform, SlackChatPlatform>();
        services.AddSingleton<SlackSocketModeClient>();
        return services;
    }

    /// <summary>The Socket Mode connection, for the long-running bot only (it does nothing unless Slack:Mode is SocketMode).</summary>
    public static IServiceCollection AddSlackSocketMode(this IServiceCollection services) =>
        services.AddHostedService(sp => sp.GetRequiredService<SlackSocketModeClient>());
}
