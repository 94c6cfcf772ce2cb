using BriefingBot.Core.Language;
using BriefingBot.Core.Summarization;

namespace BriefingBot.Core.Stories;

/// <summary>Turns a draft into what the store keeps: identity, sentences, summary and fingerprints.</summary>
public sealed class ArticleAnalyzer(ISummarizer summarizer)
{
    /// <summary>Sentences in a summary unless configured otherwise.</summary>
    public const int DefaultSummaryLength = 3;

    public AnalyzedArticle Analyze(ArticleDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var text = Dateline.Strip(draft.Text.Trim());
        var sentences = SentenceSplitter.Split(text);
        var titled = !string.IsNullOrWhiteSpace(draft.Title);
        var title = titled ? draft.Title!.Trim() : TitleFromText(sentences);

        // Many sources repeat the headline as the text's first line; it is the title, not a sentence. (A title
        // made from the first sentence is not a repeat: that sentence stays.)
        if (titled && sentences.Count > 1 && string.Equals(sentences[0], title, StringComparison.OrdinalIgnoreCase))
        {
            sentences = sentences.Skip(1).ToList();
        }

        // Fingerprints cover the body only: the same story under two headlines is still one text.
        var body = string.Join('\n', sentences);
        var canonicalUrl = UrlCanonicalizer.Canonicalize(draft.Url);
        var contentHash = TextFingerprint.ContentHash(body);
        return new AnalyzedArticle
        {
            ArticleId = ArticleIdFor(draft, canonicalUrl, contentHash),
            Draft = draft,
            Title = title,
            CanonicalUrl = canonicalUrl,
            ContentHash = contentHash,
            Fingerprint = TextFingerprint.SimHash(body),
            Sentences = sentences,
            Summary = summarizer.Summarize(sentences, title, DefaultSummaryLength),
            EventTerms = EventVector.Build(title, sentences),
        };
    }

    private static string ArticleIdFor(ArticleDraft draft, string? canonicalUrl, string contentHash)
    {
        if (!string.IsNullOrWhiteSpace(draft.ExternalId))
        {
            return draft.ExternalId.Trim();
        }

        var basis = canonicalUrl ?? contentHash;
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(basis));
        return "a-" + Convert.ToHexStringLower(hash.AsSpan(0, 6));
    }

    private static string TitleFromText(IReadOnlyList<string> sentences)
    {
        if (sentences.Count == 0)
        {
            return "(untitled)";
        }

        var first = sentences[0];
        return first.Length <= 120 ? first : first[..first.LastIndexOf(' ', 117)] + "…";
    }
}
