namespace BriefingBot.Core.Stories;

/// <summary>The port to wherever stories are kept (SQLite by default).</summary>
public interface IStoryStore
{
    /// <summary>
    /// Adds articles idempotently in one transaction: an article already present (same id or canonical URL;
    /// an article with neither gets an id from its normalized text) changes nothing; a copy or near-duplicate
    /// of a stored article is stored and joined to that article's story.
    /// </summary>
    Task<IReadOnlyList<AddResult>> AddAsync(IReadOnlyList<AnalyzedArticle> articles, CancellationToken cancellationToken);

    /// <summary>Full-text search over stored sentences, best first.</summary>
    Task<IReadOnlyList<SentenceHit>> SearchSentencesAsync(SearchQuery query, int limit, CancellationToken cancellationToken);

    /// <summary>Full-text search over whole articles (title and body), best first.</summary>
    Task<IReadOnlyList<ArticleHit>> SearchArticlesAsync(SearchQuery query, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// For each search term that no stored article holds, the stored word one edit away that most articles hold
    /// (<see cref="Language.Spelling"/>); terms the store holds, and those without such a neighbour, are left out.
    /// </summary>
    Task<IReadOnlyList<SpellingCorrection>> SuggestSpellingsAsync(IReadOnlyList<string> terms, CancellationToken cancellationToken);

    /// <summary>The oldest stored articles whose relations have not been read yet, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<ArticleToRead>> GetArticlesToReadAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Stores the relations read from each article (positions are sentence positions) and marks the articles read, in one transaction.</summary>
    Task SaveRelationsAsync(IReadOnlyList<(string ArticleId, IReadOnlyList<StanceRelation> Relations)> read, CancellationToken cancellationToken);

    /// <summary>
    /// The stored supports / opposes relations on a target holding every one of the given words (stemmed, as the
    /// index reads them: "guaido" finds "Juan Guaido"), newest article first, at most <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<StoredRelation>> GetRelationsAsync(IReadOnlyList<string> targetWords, int limit, CancellationToken cancellationToken);

    /// <summary>Every sentence of the given articles (by <c>articleId</c>), in article order, with <see cref="SentenceHit.Rank"/> 0.</summary>
    Task<IReadOnlyList<SentenceHit>> GetSentencesAsync(IReadOnlyList<string> articleIds, CancellationToken cancellationToken);

    /// <summary>
    /// Every sentence of the first <paramref name="articlesPerStory"/> articles (oldest stored first) of each given
    /// story: the other outlets' reports of an event, in article order, with <see cref="SentenceHit.Rank"/> 0.
    /// </summary>
    Task<IReadOnlyList<SentenceHit>> GetStorySentencesAsync(IReadOnlyList<long> storyIds, int articlesPerStory, CancellationToken cancellationToken);

    Task<StoredArticle?> GetArticleAsync(string articleId, CancellationToken cancellationToken);

    /// <summary>Stories first seen at or after <paramref name="since"/> (all when null), newest first.</summary>
    Task<IReadOnlyList<StoryDigest>> GetStoriesAsync(DateTimeOffset? since, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Stories seen in the window: first seen before <paramref name="until"/> and last seen at or after
    /// <paramref name="since"/> (new ones and older ones that gained articles), newest first.
    /// </summary>
    Task<IReadOnlyList<StoryDigest>> GetStoriesSeenAsync(DateTimeOffset since, DateTimeOffset until, int limit, CancellationToken cancellationToken);

    /// <summary>Stories whose articles match the query text, best first.</summary>
    Task<IReadOnlyList<StoryDigest>> SearchStoriesAsync(SearchQuery query, int limit, CancellationToken cancellationToken);

    Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken);
}
