namespace BriefingBot.Core.Chat;

/// <summary>What a reply is, so renderers can style it.</summary>
public enum ReplyKind
{
    Answer,
    Briefing,
    Story,
    Help,
    Notice,
    Error,
}
