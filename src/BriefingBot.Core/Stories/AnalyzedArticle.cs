namespace BriefingBot.Core.Stories;

/// <summary>An article with everything the store needs: identity, sentences, summary and fingerprints.</summary>
public sealed record AnalyzedArticle
{
    public required string ArticleId { get; init; }

    public required ArticleDraft Draft { get; init; }

    public required string Title { get; init; }

    /// <summary>The canonical form of the article's URL, or null when it has none.</summary>
    public string? CanonicalUrl { get; init; }

    /// <summary>Hash of the normalized text: equal for the same text with other case or punctuation.</summary>
    public required string ContentHash { get; init; }

    /// <summary>64-bit SimHash of the text's word shingles, for near-duplicate detection.</summary>
    public required ulong Fingerprint { get; init; }

    public required IReadOnlyList<string> Sentences { get; init; }

    public required IReadOnlyList<string> Summary { get; init; }

    /// <summary>Its words weighted for event clustering (<see cref="EventVector"/>).</summary>
    public IReadOnlyDictionary<string, float> EventTerms { get; init; } = new Dictionary<string, float>();
}
