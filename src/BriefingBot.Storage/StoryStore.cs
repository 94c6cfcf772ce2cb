using System.Data.Common;
using System.Text.Json;
using BriefingBot.Core.Language;
using BriefingBot.Core.Stories;
using Dapper;

namespace BriefingBot.Storage;

/// <summary>
/// The story store: articles, stories, sentences, relations and their full-text indexes, in SQLite or PostgreSQL
/// (the SQL is the same; the dialect says how each database searches).
/// </summary>
public sealed class StoryStore(StoreDatabase database, TimeProvider time, EventClusterer? eventClusterer = null) : IStoryStore
{
    // How many of the newest articles the event clusterer is primed with when the process first adds articles.
    private const int RecentArticles = 20_000;

    // How many of the best-matching articles a story search groups into stories.
    private const int StoryArticles = 200;

    private readonly EventClusterer clusterer = eventClusterer ?? new EventClusterer();
    private readonly Lock primeGate = new();
    private bool primed;

    private const string ArticleColumns =
        "a.article_id AS ArticleId, a.title AS Title, a.url AS Url, a.source AS Source, a.published AS Published, " +
        "a.ingested_at AS IngestedAt, a.story_id AS StoryId, a.summary AS Summary";

    public async Task<IReadOnlyList<AddResult>> AddAsync(IReadOnlyList<AnalyzedArticle> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        PrimeClusterer(connection);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var writer = new ArticleWriter(connection, transaction, database.Dialect, clusterer);
        var now = time.GetUtcNow();
        var results = new List<AddResult>(articles.Count);
        try
        {
            foreach (var article in articles)
            {
                cancellationToken.ThrowIfCancellationRequested();
                results.Add(writer.Add(article, now));
            }

            if (database.Dialect.CountWords is { } countWords && writer.Stored.Count > 0)
            {
                await connection.ExecuteAsync(new CommandDefinition(countWords, new { ids = writer.Stored.ToArray() }, transaction, cancellationToken: cancellationToken));
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            clusterer.Remove(writer.Clustered); // nothing of this batch was stored
            throw;
        }

        return results;
    }

    // The clusterer lives in memory: the first time this process adds articles it learns the newest stored ones
    // (a one-time read, under a lock so two first batches do not both do it).
    private void PrimeClusterer(DbConnection connection)
    {
        if (Volatile.Read(ref primed))
        {
            return;
        }

        lock (primeGate)
        {
            if (primed)
            {
                return;
            }

            var recent = connection.Query<(long Id, string ArticleId, long StoryId, string Title, string? Published, string IngestedAt)>(
                "SELECT id, article_id, story_id, title, published, ingested_at FROM articles ORDER BY id DESC LIMIT @limit",
                new { limit = RecentArticles }).Reverse().ToList();
            if (recent.Count > 0)
            {
                var sentences = connection.Query<(long Article, string Body)>(
                    "SELECT article, body FROM sentences WHERE article >= @first ORDER BY article, position",
                    new { first = recent[0].Id }).ToLookup(s => s.Article, s => s.Body);
                foreach (var article in recent)
                {
                    var published = StoredTime.ReadNullable(article.Published);
                    var vector = EventVector.Build(article.Title, sentences[article.Id].ToList());
                    clusterer.Add(article.StoryId, article.ArticleId, vector, published ?? StoredTime.Read(article.IngestedAt), EventVector.DatedHeadline(article.Title, published));
                }
            }

            Volatile.Write(ref primed, true);
        }
    }

    public async Task<IReadOnlyList<SentenceHit>> SearchSentencesAsync(SearchQuery query, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = new DynamicParameters();
        if (limit <= 0 || database.Dialect.SearchSentences(query, limit, parameters) is not { } search)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SentenceRow>(new CommandDefinition(
            $"""
            SELECT s.position AS Position, s.body AS Body, f.rank AS Rank, {ArticleColumns}
            FROM ({search}) f
            JOIN sentences s ON s.id = f.rowid
            JOIN articles a ON a.id = s.article
            ORDER BY f.rank
            """,
            parameters,
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToHit()).ToList();
    }

    public async Task<IReadOnlyList<ArticleHit>> SearchArticlesAsync(SearchQuery query, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = new DynamicParameters();
        if (limit <= 0 || database.Dialect.SearchArticles(query, limit, parameters) is not { } search)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<RankedArticleRow>(new CommandDefinition(
            $"""
            SELECT f.rank AS Rank, {ArticleColumns}
            FROM ({search}) f
            JOIN articles a ON a.id = f.rowid
            ORDER BY f.rank
            """,
            parameters,
            cancellationToken: cancellationToken));
        return rows.Select(r => new ArticleHit(r.ToArticle(), r.Rank)).ToList();
    }

    public async Task<IReadOnlyList<SpellingCorrection>> SuggestSpellingsAsync(IReadOnlyList<string> terms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var correctable = terms
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(t => (Term: t, Stem: Stemmer.Stem(t.ToLowerInvariant()), Parameters: new DynamicParameters()))
            .Select(t => (t.Term, t.Stem, t.Parameters, Search: database.Dialect.SearchArticles(new SearchQuery { Terms = [t.Term] }, 1, t.Parameters)))
            .Where(t => t.Search is not null && Spelling.MayCorrect(t.Stem))
            .ToList();
        if (correctable.Count == 0)
        {
            return [];
        }

        var corrections = new List<SpellingCorrection>();
        await using var connection = await database.OpenAsync(cancellationToken);
        foreach (var (term, stem, parameters, search) in correctable)
        {
            var held = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                $"SELECT count(*) FROM ({search}) f",
                parameters,
                cancellationToken: cancellationToken));
            if (held > 0)
            {
                continue;
            }

            // Stored words that start with the same letter and are at most one letter longer or shorter.
            var neighbours = await connection.QueryAsync<(string Term, long Articles)>(new CommandDefinition(
                database.Dialect.WordsBetween,
                new { from = stem[..1], to = ((char)(stem[0] + 1)).ToString(), shortest = stem.Length - 1, longest = stem.Length + 1 },
                cancellationToken: cancellationToken));
            if (Spelling.Closest(stem, neighbours) is { } closest)
            {
                corrections.Add(new SpellingCorrection(term, closest));
            }
        }

        return corrections;
    }

    public async Task<IReadOnlyList<ArticleToRead>> GetArticlesToReadAsync(int limit, CancellationToken cancellationToken)
    {
        if (limit <= 0)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var articles = (await connection.QueryAsync<(long Id, string ArticleId, long? DuplicateOf)>(new CommandDefinition(
            "SELECT id, article_id, duplicate_of FROM articles WHERE relations_read = 0 ORDER BY id LIMIT @limit",
            new { limit },
            cancellationToken: cancellationToken))).ToList();
        if (articles.Count == 0)
        {
            return [];
        }

        var sentences = (await connection.QueryAsync<(long Article, string Body)>(new CommandDefinition(
                $"SELECT article, body FROM sentences WHERE {database.Dialect.In("article", "ids")} ORDER BY article, position",
                new { ids = articles.Select(a => a.Id).ToArray() },
                cancellationToken: cancellationToken)))
            .ToLookup(s => s.Article, s => s.Body);
        return articles.Select(a => new ArticleToRead(a.ArticleId, sentences[a.Id].ToList(), a.DuplicateOf is not null)).ToList();
    }

    public async Task SaveRelationsAsync(IReadOnlyList<(string ArticleId, IReadOnlyList<StanceRelation> Relations)> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (read.Count == 0)
        {
            return;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var (articleId, relations) in read)
        {
            foreach (var relation in relations)
            {
                var id = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
                    """
                    INSERT INTO relations (sentence, party, supports, target)
                    SELECT s.id, @party, @supports, @target FROM sentences s JOIN articles a ON a.id = s.article
                    WHERE a.article_id = @articleId AND s.position = @position
                    RETURNING id
                    """,
                    new { articleId, position = relation.Position, party = relation.Party, supports = relation.Supports ? 1 : 0, target = relation.Target },
                    transaction,
                    cancellationToken: cancellationToken));
                if (id is { } rowid && database.Dialect.IndexRelation is { } index)
                {
                    await connection.ExecuteAsync(new CommandDefinition(
                        index,
                        new { rowid, target = relation.Target },
                        transaction,
                        cancellationToken: cancellationToken));
                }
            }

            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE articles SET relations_read = 1 WHERE article_id = @articleId",
                new { articleId },
                transaction,
                cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<StoredRelation>> GetRelationsAsync(IReadOnlyList<string> targetWords, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(targetWords);
        var parameters = new DynamicParameters(new { limit });
        if (limit <= 0 || database.Dialect.MatchRelations(targetWords, parameters) is not { } match)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<RelationRow>(new CommandDefinition(
            $"""
            SELECT r.party AS Party, r.supports AS Supports, r.target AS Target, s.position AS Position, s.body AS Body, 0.0 AS Rank, {ArticleColumns}
            FROM ({match}) f
            JOIN relations r ON r.id = f.rowid
            JOIN sentences s ON s.id = r.sentence
            JOIN articles a ON a.id = s.article
            ORDER BY COALESCE(a.published, a.ingested_at) DESC, a.id DESC, s.position
            LIMIT @limit
            """,
            parameters,
            cancellationToken: cancellationToken));
        return rows.Select(r => new StoredRelation(r.Party, r.Supports != 0, r.Target, r.ToHit())).ToList();
    }

    public async Task<IReadOnlyList<SentenceHit>> GetSentencesAsync(IReadOnlyList<string> articleIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        if (articleIds.Count == 0)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SentenceRow>(new CommandDefinition(
            $"""
            SELECT s.position AS Position, s.body AS Body, 0.0 AS Rank, {ArticleColumns}
            FROM articles a JOIN sentences s ON s.article = a.id
            WHERE {database.Dialect.In("a.article_id", "ids")}
            ORDER BY a.id, s.position
            """,
            new { ids = articleIds.Distinct(StringComparer.Ordinal).ToArray() },
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToHit()).ToList();
    }

    public async Task<IReadOnlyList<SentenceHit>> GetStorySentencesAsync(IReadOnlyList<long> storyIds, int articlesPerStory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storyIds);
        if (storyIds.Count == 0 || articlesPerStory <= 0)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SentenceRow>(new CommandDefinition(
            $"""
            SELECT s.position AS Position, s.body AS Body, 0.0 AS Rank, {ArticleColumns}
            FROM (SELECT id FROM (SELECT id, ROW_NUMBER() OVER (PARTITION BY story_id ORDER BY id) AS n FROM articles WHERE {database.Dialect.In("story_id", "ids")}) numbered WHERE n <= @articlesPerStory) f
            JOIN articles a ON a.id = f.id
            JOIN sentences s ON s.article = a.id
            ORDER BY a.id, s.position
            """,
            new { ids = storyIds.Distinct().ToArray(), articlesPerStory },
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToHit()).ToList();
    }

    public async Task<StoredArticle?> GetArticleAsync(string articleId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ArticleRow>(new CommandDefinition(
            $"SELECT {ArticleColumns} FROM articles a WHERE a.article_id = @articleId",
            new { articleId },
            cancellationToken: cancellationToken));
        return row?.ToArticle();
    }

    public async Task<IReadOnlyList<StoryDigest>> GetStoriesAsync(DateTimeOffset? since, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var stories = await connection.QueryAsync<StoryRow>(new CommandDefinition(
            """
            SELECT id AS Id, title AS Title, first_seen AS FirstSeen, last_seen AS LastSeen
            FROM stories WHERE first_seen >= @since ORDER BY first_seen DESC, id DESC LIMIT @limit
            """,
            new { since = since is { } s ? StoredTime.Write(s) : string.Empty, limit },
            cancellationToken: cancellationToken));
        return await WithArticlesAsync(connection, stories.ToList(), cancellationToken);
    }

    public async Task<IReadOnlyList<StoryDigest>> GetStoriesSeenAsync(DateTimeOffset since, DateTimeOffset until, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var stories = await connection.QueryAsync<StoryRow>(new CommandDefinition(
            """
            SELECT id AS Id, title AS Title, first_seen AS FirstSeen, last_seen AS LastSeen
            FROM stories WHERE last_seen >= @since AND first_seen < @until ORDER BY first_seen DESC, id DESC LIMIT @limit
            """,
            new { since = StoredTime.Write(since), until = StoredTime.Write(until), limit },
            cancellationToken: cancellationToken));
        return await WithArticlesAsync(connection, stories.ToList(), cancellationToken);
    }

    public async Task<IReadOnlyList<StoryDigest>> SearchStoriesAsync(SearchQuery query, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = new DynamicParameters(new { limit });
        if (limit <= 0 || database.Dialect.SearchArticles(query, StoryArticles, parameters) is not { } search)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var stories = await connection.QueryAsync<StoryRow>(new CommandDefinition(
            $"""
            SELECT st.id AS Id, st.title AS Title, st.first_seen AS FirstSeen, st.last_seen AS LastSeen
            FROM ({search}) f
            JOIN articles a ON a.id = f.rowid
            JOIN stories st ON st.id = a.story_id
            GROUP BY st.id
            ORDER BY MIN(f.rank)
            LIMIT @limit
            """,
            parameters,
            cancellationToken: cancellationToken));
        return await WithArticlesAsync(connection, stories.ToList(), cancellationToken);
    }

    public async Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<(long Articles, long Stories, long Sentences, string? Last)>(new CommandDefinition(
            """
            SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM stories),
                   (SELECT COUNT(*) FROM sentences), (SELECT MAX(ingested_at) FROM articles)
            """,
            cancellationToken: cancellationToken));
        return new StoreStatistics(row.Articles, row.Stories, row.Sentences, StoredTime.ReadNullable(row.Last));
    }

    private async Task<IReadOnlyList<StoryDigest>> WithArticlesAsync(DbConnection connection, List<StoryRow> stories, CancellationToken cancellationToken)
    {
        if (stories.Count == 0)
        {
            return [];
        }

        var articles = (await connection.QueryAsync<ArticleRow>(new CommandDefinition(
                $"SELECT {ArticleColumns} FROM articles a WHERE {database.Dialect.In("a.story_id", "ids")} ORDER BY COALESCE(a.published, a.ingested_at), a.id",
                new { ids = stories.Select(s => s.Id).ToArray() },
                cancellationToken: cancellationToken)))
            .Select(r => r.ToArticle())
            .ToLookup(a => a.StoryId);
        return stories.Select(s => new StoryDigest
        {
            StoryId = s.Id,
            Title = articles[s.Id].FirstOrDefault()?.Title ?? s.Title, // the lead (earliest published) article names the story
            FirstSeen = StoredTime.Read(s.FirstSeen),
            LastSeen = StoredTime.Read(s.LastSeen),
            Articles = articles[s.Id].ToList(),
        }).ToList();
    }

    internal static IReadOnlyList<string> ReadSummary(string json) =>
        JsonSerializer.Deserialize<List<string>>(json) ?? [];

    private sealed class StoryRow
    {
        public long Id { get; set; }

        public string Title { get; set; } = string.Empty;

        public string FirstSeen { get; set; } = string.Empty;

        public string LastSeen { get; set; } = string.Empty;
    }

    private class ArticleRow
    {
        public string ArticleId { get; set; } = string.Empty;

        public string Title { get; set; } = string.Empty;

        public string? Url { get; set; }

        public string? Source { get; set; }

        public string? Published { get; set; }

        public string IngestedAt { get; set; } = string.Empty;

        public long StoryId { get; set; }

        public string Summary { get; set; } = "[]";

        public StoredArticle ToArticle() => new()
        {
            ArticleId = ArticleId,
            Title = Title,
            Url = Url,
            Source = Source,
            Published = StoredTime.ReadNullable(Published),
            IngestedAt = StoredTime.Read(IngestedAt),
            StoryId = StoryId,
            Summary = ReadSummary(Summary),
        };
    }

    private class SentenceRow : ArticleRow
    {
        public long Position { get; set; }

        public string Body { get; set; } = string.Empty;

        public double Rank { get; set; }

        public SentenceHit ToHit() => new(ToArticle(), (int)Position, Body, Rank);
    }

    private sealed class RelationRow : SentenceRow
    {
        public string Party { get; set; } = string.Empty;

        public long Supports { get; set; }

        public string Target { get; set; } = string.Empty;
    }

    private sealed class RankedArticleRow : ArticleRow
    {
        public double Rank { get; set; }
    }
}
