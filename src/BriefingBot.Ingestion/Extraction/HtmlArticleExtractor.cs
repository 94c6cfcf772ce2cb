using BriefingBot.Core.Stories;
using SmartReader;

namespace BriefingBot.Ingestion.Extraction;

/// <summary>A single article page to a draft: SmartReader (Mozilla Readability's method) finds the main text.</summary>
public static class HtmlArticleExtractor
{
    /// <summary>Pages with less main text than this are navigation, paywalls or errors, not articles.</summary>
    public const int MinimumTextLength = 200;

    public static ArticleDraft Extract(string html, Uri address, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(address);
        if (string.IsNullOrWhiteSpace(html))
        {
            throw new ExtractionException($"{address} is empty");
        }

        Article article;
        try
        {
            // The (uri, text) constructor parses the given text; Reader.ParseArticle(string, string) would download the URI.
            article = new Reader(address.ToString(), html).GetArticle();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new ExtractionException($"{address} could not be read as HTML: {ex.Message}", ex);
        }

        var text = HtmlText.Normalize(article.TextContent ?? string.Empty);
        if (!article.IsReadable || text.Length < MinimumTextLength)
        {
            throw new ExtractionException($"{address} has no article text (found {text.Length} characters of main content)");
        }

        return new ArticleDraft
        {
            Text = text,
            Title = string.IsNullOrWhiteSpace(article.Title) ? null : WithoutSiteName(article.Title.Trim(), article.SiteName),
            Url = address.IsFile ? null : address.ToString(),
            Published = article.PublicationDate is { } date ? new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc)) : null,
            Source = sourceName ?? (string.IsNullOrWhiteSpace(article.SiteName) ? (address.IsFile ? null : address.Host) : article.SiteName.Trim()),
        };
    }

    // "Harbour budget approved | Ridgeview Post" → "Harbour budget approved".
    private static string WithoutSiteName(string title, string? siteName)
    {
        if (string.IsNullOrWhiteSpace(siteName))
        {
            return title;
        }

        foreach (var separator in (string[])[" | ", " - ", " – ", " — ", " :: "])
        {
            var suffix = separator + siteName.Trim();
            if (title.Length > suffix.Length && title.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return title[..^suffix.Length].Trim();
            }
        }

        return title;
    }
}
