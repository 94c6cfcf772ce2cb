using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace BriefingBot.Ingestion.Extraction;

/// <summary>HTML fragments (feed item bodies) to plain text, with a paragraph break after each block element.</summary>
public static class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article", "header", "footer",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "template", "iframe" };

    public static string ToPlainText(string html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return string.Empty;
        }

        if (!html.Contains('<', StringComparison.Ordinal) && !html.Contains('&', StringComparison.Ordinal))
        {
            return html.Trim();
        }

        var document = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        var builder = new StringBuilder(html.Length);
        Append(document.Body!, builder);
        return Normalize(builder.ToString());
    }

    private static void Append(INode node, StringBuilder builder)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                builder.Append(text.Data);
            }
            else if (child is IElement element && !Skipped.Contains(element.LocalName))
            {
                var block = Blocks.Contains(element.LocalName);
                if (block)
                {
                    builder.Append("\n\n");
                }

                Append(element, builder);
                if (block)
                {
                    builder.Append("\n\n");
                }
            }
        }
    }

    // Collapse runs of spaces within lines and runs of blank lines between paragraphs.
    internal static string Normalize(string text)
    {
        var paragraphs = text.Replace("\r", string.Empty, StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(p => string.Join(' ', p.Split([' ', '\t', '\n', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)))
            .Where(p => p.Length > 0);
        return string.Join("\n\n", paragraphs);
    }
}
