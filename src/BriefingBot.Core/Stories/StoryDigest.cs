namespace BriefingBot.Core.Stories;

/// <summary>One story (event): the articles that report it, their outlets and when it was first and last seen.</summary>
public sealed record StoryDigest
{
    public required long StoryId { get; init; }

    public required string Title { get; init; }

    public required DateTimeOffset FirstSeen { get; init; }

    public required DateTimeOffset LastSeen { get; init; }

    /// <summary>The story's articles, earliest published first.</summary>
    public required IReadOnlyList<StoredArticle> Articles { get; init; }

    public IReadOnlyList<string> Outlets =>
        Articles.Select(a => a.Source).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The summary of the story's lead article.</summary>
    public IReadOnlyList<string> Summary => Articles.Count == 0 ? [] : Articles[0].Summary;
}
