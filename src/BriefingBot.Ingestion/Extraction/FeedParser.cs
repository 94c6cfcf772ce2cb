using System.Text;
using BriefingBot.Core.Stories;
using CodeHollow.FeedReader;

namespace BriefingBot.Ingestion.Extraction;

/// <summary>RSS 2.0, RSS 1.0, Atom and JSON Feed documents to article drafts (CodeHollow.FeedReader does the parsing).</summary>
public static class FeedParser
{
    public static IReadOnlyList<ArticleDraft> Parse(byte[] content, string location, string? sourceName = null) =>
        ParseFeed(content, location, sourceName).Drafts;

    /// <summary>The feed's title, its items as drafts, and its RSS <c>ttl</c> (minutes to cache) when it has one.</summary>
    public static ParsedFeed ParseFeed(byte[] content, string location, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            throw new ExtractionException($"{location} is empty");
        }

        Feed feed;
        try
        {
            feed = LooksLikeJson(content)
                ? FeedReader.ReadFromString(TextDecoder.Decode(content))
                : FeedReader.ReadFromByteArray(content);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new ExtractionException($"{location} is not a readable RSS, Atom or JSON feed: {FirstLine(ex.Message)}", ex);
        }

        if (feed.Type == FeedType.Unknown)
        {
            throw new ExtractionException($"{location} is not an RSS, Atom or JSON feed");
        }

        var outlet = sourceName ?? (string.IsNullOrWhiteSpace(feed.Title) ? HostOf(feed.Link) ?? location : feed.Title.Trim());
        var drafts = new List<ArticleDraft>();
        foreach (var item in feed.Items)
        {
            var text = HtmlText.ToPlainText(item.Content ?? item.Description ?? string.Empty);
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            drafts.Add(new ArticleDraft
            {
                Text = text,
                Title = HtmlText.ToPlainText(item.Title ?? string.Empty) is { Length: > 0 } title ? title : null,
                Url = item.Link,
                Published = item.PublishingDate is { } date ? new DateTimeOffset(DateTime.SpecifyKind(date, date.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : date.Kind)) : null,
                Source = outlet,
            });
        }

        var ttl = feed.SpecificFeed is CodeHollow.FeedReader.Feeds.Rss20Feed rss
            && int.TryParse(rss.TTL, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var minutes) && minutes > 0
            ? TimeSpan.FromMinutes(Math.Min(minutes, 7 * 24 * 60))
            : (TimeSpan?)null;
        return new ParsedFeed(string.IsNullOrWhiteSpace(feed.Title) ? null : feed.Title.Trim(), drafts, ttl);
    }

    /// <summary>True when the bytes start like an RSS, RDF, Atom or JSON Feed document.</summary>
    public static bool IsFeed(ReadOnlySpan<byte> content)
    {
        var head = Encoding.UTF8.GetString(content[..Math.Min(content.Length, 2048)]).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        return head.StartsWith('<')
            ? head.Contains("<rss", StringComparison.OrdinalIgnoreCase) || head.Contains("<feed", StringComparison.OrdinalIgnoreCase) || head.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase)
            : head.StartsWith('{') && head.Contains("jsonfeed.org/version", StringComparison.OrdinalIgnoreCase);
    }

    private static bool LooksLikeJson(byte[] content)
    {
        foreach (var b in content)
        {
            if (b is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t' or 0xEF or 0xBB or 0xBF)
            {
                continue;
            }

            return b == (byte)'{';
        }

        return false;
    }

    private static string? HostOf(string? link) => Uri.TryCreate(link, UriKind.Absolute, out var uri) ? uri.Host : null;

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
