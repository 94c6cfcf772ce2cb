using BriefingBot.Core.Stories;

namespace BriefingBot.Benchmarks;

/// <summary>Passes every call through and remembers the searches, so a benchmark can replay exactly the FTS5 queries an answer ran.</summary>
internal sealed class RecordingStore(IStoryStore inner) : IStoryStore
{
    public List<(SearchQuery Query, int Limit)> Searches { get; } = [];

    public Task<IReadOnlyList<AddResult>> AddAsync(IReadOnlyList<AnalyzedArticle> articles, CancellationToken cancellationToken) => inner.AddAsync(articles, cancellationToken);

    public Task<IReadOnlyList<SentenceHit>> SearchSentencesAsync(SearchQuery query, int limit, CancellationToken cancellationToken)
    {
        Searches.Add((query, limit));
        return inner.SearchSentencesAsync(query, limit, cancellationToken);
    }

    public Task<IReadOnlyList<ArticleHit>> SearchArticlesAsync(SearchQuery query, int limit, CancellationToken cancellationToken)
    {
        Searches.Add((query, limit));
        return inner.SearchArticlesAsync(query, limit, cancellationToken);
    }

    public Task<IReadOnlyList<SpellingCorrection>> SuggestSpellingsAsync(IReadOnlyList<string> terms, CancellationToken cancellationToken) => inner.SuggestSpellingsAsync(terms, cancellationToken);

    public Task<IReadOnlyList<ArticleToRead>> GetArticlesToReadAsync(int limit, CancellationToken cancellationToken) => inner.GetArticlesToReadAsync(limit, cancellationToken);

    public Task SaveRelationsAsync(IReadOnlyList<(string ArticleId, IReadOnlyList<StanceRelation> Relations)> read, CancellationToken cancellationToken) => inner.SaveRelationsAsync(read, cancellationToken);

    public Task<IReadOnlyList<StoredRelation>> GetRelationsAsync(IReadOnlyList<string> targetWords, int limit, CancellationToken cancellationToken) => inner.GetRelationsAsync(targetWords, limit, cancellationToken);

    public Task<IReadOnlyList<SentenceHit>> GetSentencesAsync(IReadOnlyList<string> articleIds, CancellationToken cancellationToken) => inner.GetSentencesAsync(articleIds, cancellationToken);

    public Task<IReadOnlyList<SentenceHit>> GetStorySentencesAsync(IReadOnlyList<long> storyIds, int articlesPerStory, CancellationToken cancellationToken) => inner.GetStorySentencesAsync(storyIds, articlesPerStory, cancellationToken);

    public Task<StoredArticle?> GetArticleAsync(string articleId, CancellationToken cancellationToken) => inner.GetArticleAsync(articleId, cancellationToken);

    public Task<IReadOnlyList<StoryDigest>> GetStoriesAsync(DateTimeOffset? since, int limit, CancellationToken cancellationToken) => inner.GetStoriesAsync(since, limit, cancellationToken);

    public Task<IReadOnlyList<StoryDigest>> GetStoriesSeenAsync(DateTimeOffset since, DateTimeOffset until, int limit, CancellationToken cancellationToken) => inner.GetStoriesSeenAsync(since, until, limit, cancellationToken);

    public Task<IReadOnlyList<StoryDigest>> SearchStoriesAsync(SearchQuery query, int limit, CancellationToken cancellationToken) => inner.SearchStoriesAsync(query, limit, cancellationToken);

    public Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken) => inner.GetStatisticsAsync(cancellationToken);
}
