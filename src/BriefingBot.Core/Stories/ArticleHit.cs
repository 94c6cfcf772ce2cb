namespace BriefingBot.Core.Stories;

/// <summary>A stored article found by full-text search over whole articles. Lower <see cref="Rank"/> is better (BM25 as SQLite reports it).</summary>
public sealed record ArticleHit(StoredArticle Article, double Rank);
