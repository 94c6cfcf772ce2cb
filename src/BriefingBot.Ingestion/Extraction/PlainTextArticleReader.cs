using BriefingBot.Core.Stories;

namespace BriefingBot.Ingestion.Extraction;

/// <summary>
/// <c>.txt</c> and <c>.md</c> articles: the first line is the title (a Markdown heading's marks removed);
/// optional <c>Source:</c>, <c>Published:</c> and <c>URL:</c> lines right under it fill the metadata.
/// </summary>
public static class PlainTextArticleReader
{
    public static ArticleDraft Read(string text, string location)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        while (lines.Count > 0 && string.IsNullOrWhiteSpace(lines[0]))
        {
            lines.RemoveAt(0);
        }

        if (lines.Count == 0)
        {
            throw new ExtractionException($"{location} is empty");
        }

        var title = lines[0].Trim().TrimStart('#').Trim();
        string? source = null, url = null;
        DateTimeOffset? published = null;
        var i = 1;
        for (; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var key = colon > 0 ? line[..colon].Trim().ToLowerInvariant() : string.Empty;
            var value = colon > 0 ? line[(colon + 1)..].Trim() : string.Empty;
            if (key == "source")
            {
                source = value;
            }
            else if (key is "url" or "link")
            {
                url = value;
            }
            else if (key is "published" or "date" && DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var date))
            {
                published = date;
            }
            else
            {
                break;
            }
        }

        var body = string.Join('\n', lines.Skip(i)).Trim();
        if (body.Length == 0)
        {
            throw new ExtractionException($"{location} has a title but no text");
        }

        return new ArticleDraft { Title = title, Text = body, Source = source, Url = url, Published = published };
    }
}
