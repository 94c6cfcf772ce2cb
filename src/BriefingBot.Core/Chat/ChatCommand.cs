namespace BriefingBot.Core.Chat;

/// <summary>A slash command in platform-neutral form: "/ask who backs X" is name "ask", text "who backs X".</summary>
public sealed record ChatCommand(string Name, string Text, ChatContext Context)
{
    /// <summary>Longest command text accepted; longer text is refused politely rather than processed.</summary>
    public const int MaxTextLength = 2000;

    /// <summary>Reads a typed line ("/ask who backs X"); a line without a slash is taken as a question.</summary>
    public static ChatCommand Parse(string line, ChatContext context)
    {
        ArgumentNullException.ThrowIfNull(line);
        var trimmed = line.Trim();
        if (!trimmed.StartsWith('/'))
        {
            return new ChatCommand("ask", trimmed, context);
        }

        var space = trimmed.IndexOfAny([' ', '\t']);
        var name = space < 0 ? trimmed[1..] : trimmed[1..space];
        var text = space < 0 ? string.Empty : trimmed[(space + 1)..].Trim();
        return new ChatCommand(name.ToLowerInvariant(), text, context);
    }
}
