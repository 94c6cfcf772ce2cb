using BriefingBot.Core.Stories;

namespace BriefingBot.Ingestion.Extraction;

/// <summary>A parsed feed: its title, its items with text, and its RSS <c>ttl</c> when given.</summary>
public sealed record ParsedFeed(string? Title, IReadOnlyList<ArticleDraft> Drafts, TimeSpan? TimeToLive);
