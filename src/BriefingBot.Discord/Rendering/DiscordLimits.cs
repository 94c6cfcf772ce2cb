namespace BriefingBot.Discord.Rendering;

/// <summary>Discord's message and embed limits (resources/message).</summary>
public static class DiscordLimits
{
    public const int Content = 2000;
    public const int EmbedsPerMessage = 10;
    public const int EmbedTitle = 256;
    public const int EmbedDescription = 4096;
    public const int Fields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int Footer = 2048;
    public const int CharactersPerMessage = 6000;

    /// <summary>A story's summary in a briefing: long enough to read, short enough that ten fit a message.</summary>
    public const int ItemSummary = 500;
}
