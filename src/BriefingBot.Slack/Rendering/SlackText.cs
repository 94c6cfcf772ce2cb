using System.Text;

namespace BriefingBot.Slack.Rendering;

/// <summary>
/// Text from articles made inert for Slack's mrkdwn: <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> escaped and nothing
/// else (Slack's rule), which also defuses <c>&lt;!channel&gt;</c>, <c>&lt;!here&gt;</c> and <c>&lt;@U…&gt;</c>;
/// control characters dropped; length capped without cutting an escape or a surrogate pair in half.
/// </summary>
public static class SlackText
{
    public static string Escape(string? text, int maxLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(Math.Min(text.Length + 16, maxLength + 16));
        foreach (var c in text)
        {
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '\n':
                    builder.Append(c);
                    break;
                default:
                    if (!char.IsControl(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }

            if (builder.Length > maxLength + 8)
            {
                break; // enough to know it must be cut
            }
        }

        return Truncate(builder.ToString(), maxLength);
    }

    /// <summary>Plain text (headers): nothing is parsed there, so only control characters go and the length is capped.</summary>
    public static string Plain(string? text, int maxLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var clean = new string(text.Where(c => !char.IsControl(c)).ToArray()).Trim();
        return Truncate(clean, maxLength);
    }

    /// <summary>An http(s) link as Slack's <c>&lt;url|label&gt;</c>, the label escaped; anything else is just the label.</summary>
    public static string Link(string? url, string label, int maxLabel)
    {
        var text = Escape(label, maxLabel);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return text;
        }

        // '|' would end the address early; '<', '>' and '&' are escaped as everywhere else.
        var address = uri.AbsoluteUri.Replace("|", "%7C", StringComparison.Ordinal).Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal);
        return $"<{address}|{text}>";
    }

    /// <summary>Shortens to at most <paramref name="maxLength"/> characters, ending in an ellipsis.</summary>
    public static string Truncate(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = maxLength - 1;
        if (cut <= 0)
        {
            return "…";
        }

        var amp = text.LastIndexOf('&', cut - 1, Math.Min(cut, 5));
        if (amp >= 0 && text.IndexOf(';', amp) >= cut)
        {
            cut = amp; // never leave half an "&amp;"
        }

        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut] + "…";
    }
}
