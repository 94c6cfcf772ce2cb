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
            article = Reader.ParseArticle(address.ToString(), html);
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
            Title = string.IsNullOrWhiteSpace(article.Title) ? null : article.Title.Trim(),
            Url = address.IsFile ? null : address.ToString(),
            Published = article.PublicationDate is { } date ? new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc)) : null,
            Source = sourceName ?? (string.IsNullOrWhiteSpace(article.SiteName) ? (address.IsFile ? null : address.Host) : article.SiteName.Trim()),
        };
    }
}
