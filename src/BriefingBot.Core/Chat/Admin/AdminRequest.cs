using BriefingBot.Core.Subscriptions;

namespace BriefingBot.Core.Chat.Admin;

/// <summary>One <c>/briefing</c> sub-command: its verb ("add"), the rest of the text, and where it came from.</summary>
public sealed record AdminRequest(string Verb, string Arguments, ChatContext Context)
{
    public ChannelAddress Channel => new(Context.Platform, Context.ServerId ?? Context.ChannelId, Context.ChannelId);

    public ServerAddress Server => Channel.Server;

    /// <summary>Splits "add https://x name" into ("add", "https://x name"), both as typed.</summary>
    public static (string Head, string Tail) SplitFirst(string text)
    {
        var trimmed = text.Trim();
        var space = trimmed.IndexOfAny([' ', '\t', '\n']);
        return space < 0 ? (trimmed, string.Empty) : (trimmed[..space], trimmed[(space + 1)..].Trim());
    }

    /// <summary>Text from a user, shortened for echoing back in a reply.</summary>
    public static string Shorten(string text, int length = 80) => text.Length <= length ? text : text[..length] + "…";
}
