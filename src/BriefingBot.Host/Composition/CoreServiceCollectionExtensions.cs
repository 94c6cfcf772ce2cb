using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Chat.Admin;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.Scheduling;

namespace BriefingBot.Host.Composition;

/// <summary>Registers Core's engines, the briefing composer and delivery, and the chat command handlers.</summary>
public static class CoreServiceCollectionExtensions
{
    public static IServiceCollection AddBriefingBotCore(this IServiceCollection services)
    {
        services.AddOptions<BriefingOptions>()
            .BindConfiguration(BriefingOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => TimeZoneNames.TryFind(o.DefaultTimeZone, out _, out _), "Briefings:DefaultTimeZone must be an IANA time-zone name such as Europe/Berlin.")
            .ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IAnswerEngine, ExtractiveAnswerEngine>();
        services.AddSingleton<RelationExtractor>();
        services.AddSingleton<RelationReader>();
        services.AddSingleton<BriefingComposer>();
        services.AddSingleton<ChatPlatforms>();
        services.AddSingleton<SharedCompositions>();
        services.AddSingleton<BriefingDelivery>();
        services.AddSingleton<SubscriptionPlanner>();
        services.AddSingleton<AdminAudit>();
        services.AddSingleton<FeedAdmin>();
        services.AddSingleton<ScheduleAdmin>();
        services.AddSingleton<TopicAdmin>();
        services.AddSingleton<StatusAdmin>();
        services.AddSingleton<ICommandHandler, AskCommandHandler>();
        services.AddSingleton<ICommandHandler, BriefCommandHandler>();
        services.AddSingleton<ICommandHandler, StoryCommandHandler>();
        services.AddSingleton<ICommandHandler, BriefingCommandHandler>();
        services.AddSingleton<ICommandHandler, HelpCommandHandler>();
        services.AddSingleton<CommandRouter>();
        return services;
    }
}
