using BriefingBot.Core.Chat;
using BriefingBot.Discord.Interactions;
using BriefingBot.Discord.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord;

/// <summary>Registers the Discord adapter: options, the REST client, the platform port and the interactions endpoint's services.</summary>
public static class DiscordServiceCollectionExtensions
{
    public static IServiceCollection AddDiscord(this IServiceCollection services)
    {
        services.AddOptions<DiscordOptions>()
            .BindConfiguration(DiscordOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => !o.IsEnabled || !string.IsNullOrWhiteSpace(o.ApplicationId), "Discord:ApplicationId is required when Discord:BotToken is set.")
            .Validate(o => !o.IsEnabled || !o.Mode.Equals("http", StringComparison.OrdinalIgnoreCase) || !string.IsNullOrWhiteSpace(o.PublicKey), "Discord:PublicKey is required when Discord:Mode is Http.")
            .ValidateOnStart();

        // Rate limits and time limits are network time: always the real clock.
        services.AddSingleton(_ => new DiscordRateLimits(TimeProvider.System));
        services.AddHttpClient<DiscordRestClient>((sp, client) => DiscordRestClient.Configure(client, sp.GetRequiredService<IOptions<DiscordOptions>>().Value));
        services.AddSingleton<InteractionVerifier>();
        services.AddSingleton(_ => new InteractionIds(TimeProvider.System));
        services.AddSingleton<InteractionResponder>();
        services.AddSingleton<IChatPlatform, DiscordChatPlatform>();
        services.AddSingleton<Gateway.DiscordGatewayClient>();
        return services;
    }

    /// <summary>The Gateway connection, for the long-running bot only (it does nothing unless Discord:Mode is Gateway).</summary>
    public static IServiceCollection AddDiscordGateway(this IServiceCollection services) =>
        services.AddHostedService(sp => sp.GetRequiredService<Gateway.DiscordGatewayClient>());
}
