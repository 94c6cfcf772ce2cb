namespace BriefingBot.Core.Stories;

/// <summary>A stored sentence found by full-text search, with its article. Lower <see cref="Rank"/> is better (BM25 as SQLite reports it).</summary>
public sealed record SentenceHit(StoredArticle Article, int Position, string Text, double Rank);
