namespace BriefingBot.Core.Stories;

/// <summary>An article as the store returns it.</summary>
public sealed record StoredArticle
{
    public required string ArticleId { get; init; }

    public required string Title { get; init; }

    public string? Url { get; init; }

    public string? Source { get; init; }

    public DateTimeOffset? Published { get; init; }

    public required DateTimeOffset IngestedAt { get; init; }

    public required long StoryId { get; init; }

    public required IReadOnlyList<string> Summary { get; init; }
}
