namespace BriefingBot.Core.Stories;

/// <summary>An article as a source delivered it, before any analysis. Only <see cref="Text"/> is required.</summary>
public sealed record ArticleDraft
{
    /// <summary>The article's plain text (no markup).</summary>
    public required string Text { get; init; }

    /// <summary>An identifier the source gave the article; kept as its <c>articleId</c> when present.</summary>
    public string? ExternalId { get; init; }

    public string? Title { get; init; }

    public string? Url { get; init; }

    public DateTimeOffset? Published { get; init; }

    /// <summary>The outlet or source name shown to users ("Harbor Gazette").</summary>
    public string? Source { get; init; }
}
