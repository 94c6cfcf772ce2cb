using System.Text;

namespace BriefingBot.Discord.Rendering;

/// <summary>Text from articles made inert for Discord: markdown escaped, mention syntax broken, length capped.</summary>
public static class DiscordText
{
    // Markdown emphasis, code, spoilers, quotes, headings, link brackets and mention/emoji syntax ("<@…>", "<:…>").
    private const string Special = "\\*_~`|>#[]<";

    /// <summary>Escapes markdown and mention syntax; '@' gets a zero-width space so no "@everyone" can form.</summary>
    public static string Escape(string? text, int maxLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(Math.Min(text.Length + 16, maxLength + 16));
        foreach (var c in text)
        {
            if (char.IsControl(c) && c != '\n')
            {
                continue;
            }

            if (Special.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
            if (c == '@')
            {
                builder.Append('\u200B');
            }
        }

        return Truncate(builder.ToString(), maxLength);
    }

    /// <summary>Shortens to at most <paramref name="maxLength"/> characters, ending in an ellipsis, never splitting an escape.</summary>
    public static string Truncate(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = maxLength - 1;
        if (cut > 0 && text[cut - 1] == '\\')
        {
            cut--; // a dangling backslash would escape the ellipsis
        }

        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut] + "…";
    }
}
