using System.Globalization;
using System.Text;
using BriefingBot.Core.Chat;

namespace BriefingBot.Host.Rendering;

/// <summary>Renders a platform-neutral reply as plain terminal text.</summary>
public static class ConsoleReplyRenderer
{
    public static string Render(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var text = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(reply.Title))
        {
            text.AppendLine(Clean(reply.Title).ToUpperInvariant());
        }

        if (!string.IsNullOrWhiteSpace(reply.Text))
        {
            text.AppendLine(reply.Kind == ReplyKind.Error ? "! " + Clean(reply.Text) : Clean(reply.Text));
        }

        foreach (var field in reply.Fields)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  • {Clean(field.Name)}: {Clean(field.Value)}");
        }

        var number = 1;
        foreach (var item in reply.Items)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"{number++}. {(item.IsUpdate ? "UPDATE: " : string.Empty)}{Clean(item.Title)}");
            if (!string.IsNullOrWhiteSpace(item.Summary))
            {
                text.AppendLine("   " + Clean(item.Summary));
            }

            var outlets = item.Outlets.Count == 0 ? "unknown outlet" : string.Join(", ", item.Outlets.Select(Clean));
            var when = item.Time is { } t ? $" · {t:yyyy-MM-dd HH:mm} UTC" : string.Empty;
            text.AppendLine(CultureInfo.InvariantCulture, $"   {outlets}{when}{(item.Url is null ? string.Empty : " · " + item.Url)}");
        }

        if (reply.Citations.Count > 0)
        {
            text.AppendLine("Sources:");
            var n = 1;
            foreach (var c in reply.Citations)
            {
                var when = c.Published is { } p ? $", {p:yyyy-MM-dd}" : string.Empty;
                text.AppendLine(CultureInfo.InvariantCulture, $"  [{n++}] {Clean(c.Title)} ({Clean(c.Source ?? "unknown outlet")}{when}) {c.ArticleId}");
                text.AppendLine(CultureInfo.InvariantCulture, $"      \"{Clean(c.Sentence)}\"");
            }
        }

        if (!string.IsNullOrWhiteSpace(reply.Footer))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"({Clean(reply.Footer)})");
        }

        return text.ToString().TrimEnd();
    }

    // Article text must not drive the terminal: drop control characters (escape sequences) but keep line breaks.
    private static string Clean(string value) =>
        string.Create(value.Length, value, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) && source[i] != '\n' ? ' ' : source[i];
            }
        });
}
