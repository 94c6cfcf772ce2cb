using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chat;

namespace BriefingBot.Host.Composition;

/// <summary>Registers Core's engines, the briefing composer and the chat command handlers.</summary>
public static class CoreServiceCollectionExtensions
{
    public static IServiceCollection AddBriefingBotCore(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IAnswerEngine, ExtractiveAnswerEngine>();
        services.AddSingleton<BriefingComposer>();
        services.AddSingleton<ICommandHandler, AskCommandHandler>();
        services.AddSingleton<ICommandHandler, BriefCommandHandler>();
        services.AddSingleton<ICommandHandler, StoryCommandHandler>();
        services.AddSingleton<ICommandHandler, HelpCommandHandler>();
        services.AddSingleton<CommandRouter>();
        return services;
    }
}
