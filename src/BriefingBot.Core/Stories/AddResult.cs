namespace BriefingBot.Core.Stories;

/// <summary>The outcome for one article: its id in the store and, for duplicates, the article it matched.</summary>
public sealed record AddResult(string ArticleId, AddOutcome Outcome, string? MatchedArticleId = null);
