using System.Data.Common;
using System.Text.Json;
using BriefingBot.Core.Language;
using BriefingBot.Core.Stories;

namespace BriefingBot.Storage;

/// <summary>
/// Writes articles inside one transaction with commands built once for it: an article already stored (same id or
/// canonical URL) is skipped; a copy of stored text (same content hash) or a near-duplicate (SimHash within <see cref="TextFingerprint.NearDuplicateDistance"/> bits, found through
/// the band indexes) join the existing story, anything else starts a story of its own. The statements are the
/// same on both providers; the dialect adds the full-text index inserts where the database does not keep them itself.
/// </summary>
internal sealed class ArticleWriter
{
    private static readonly int[] Bands = Enumerable.Range(0, TextFingerprint.BandCount).ToArray();

    // Sentences per INSERT: 401 parameters, well under either database's limit.
    private const int SentencesPerInsert = 200;

    private readonly DbCommand findExact;
    private readonly DbCommand findCopy;
    private readonly DbCommand findSimilar;
    private readonly DbCommand insertStory;
    private readonly DbCommand touchStory;
    private readonly DbCommand insertArticle;
    private readonly DbCommand? insertArticleFts;
    private readonly DbCommand? indexSentences;
    private readonly Dictionary<int, DbCommand> insertSentences = [];
    private readonly DbConnection connection;
    private readonly DbTransaction transaction;

    private readonly EventClusterer clusterer;

    public ArticleWriter(DbConnection connection, DbTransaction transaction, StoreDialect dialect, EventClusterer clusterer)
    {
        this.clusterer = clusterer;
        this.connection = connection;
        this.transaction = transaction;
        findExact = Command(connection, transaction,
            "SELECT article_id FROM articles WHERE article_id = @id OR canonical_url = @url LIMIT 1", // a null URL equals nothing
            "@id", "@url");
        findCopy = Command(connection, transaction,
            "SELECT id, article_id, story_id FROM articles WHERE content_hash = @hash LIMIT 1",
            "@hash");
        findSimilar = Command(connection, transaction,
            "SELECT id, article_id, fingerprint, story_id FROM articles WHERE " + string.Join(" OR ", Bands.Select(b => $"band{b} = @b{b}")),
            Bands.Select(b => $"@b{b}").ToArray());
        insertStory = Command(connection, transaction,
            "INSERT INTO stories (title, first_seen, last_seen) VALUES (@title, @now, @now) RETURNING id",
            "@title", "@now");
        touchStory = Command(connection, transaction,
            "UPDATE stories SET last_seen = @now WHERE id = @id",
            "@now", "@id");
        insertArticle = Command(connection, transaction,
            """
            INSERT INTO articles (article_id, canonical_url, content_hash, fingerprint, band0, band1, band2, band3, band4, band5, band6,
                                  title, url, source, published, ingested_at, body, summary, story_id, duplicate_of)
            VALUES (@id, @url, @hash, @fp, @b0, @b1, @b2, @b3, @b4, @b5, @b6, @title, @link, @source, @published, @now, @body, @summary, @story, @dup)
            RETURNING id
            """,
            "@id", "@url", "@hash", "@fp", "@b0", "@b1", "@b2", "@b3", "@b4", "@b5", "@b6", "@title", "@link", "@source", "@published", "@now", "@body", "@summary", "@story", "@dup");
        insertArticleFts = dialect.IndexArticle is { } indexArticle ? Command(connection, transaction, indexArticle, "@rowid", "@title", "@body") : null;
        indexSentences = dialect.IndexSentences is { } index ? Command(connection, transaction, index, "@article") : null;
    }

    /// <summary>The row ids of the articles this writer stored.</summary>
    public List<long> Stored { get; } = [];

    /// <summary>The articles this writer handed to the clusterer (to forget if the transaction fails).</summary>
    public List<string> Clustered { get; } = [];

    public AddResult Add(AnalyzedArticle article, DateTimeOffset at)
    {
        var now = StoredTime.Write(at);
        var when = article.Draft.Published ?? at;
        var headline = EventVector.DatedHeadline(article.Title, article.Draft.Published);
        var existing = Scalar(findExact, article.ArticleId, article.CanonicalUrl);
        if (existing is string matched)
        {
            return new AddResult(article.ArticleId, AddOutcome.Duplicate, matched);
        }

        var (nearId, nearArticleId, nearStory) = FindCopy(article.ContentHash) ?? FindNearDuplicate(article.Fingerprint);
        long storyId;
        var joined = false;
        if (nearId is not null)
        {
            storyId = nearStory;
            Execute(touchStory, now, storyId);
        }
        else if (clusterer.FindStory(article.EventTerms, when, headline) is long eventStory)
        {
            // Another outlet's report of an event already stored.
            storyId = eventStory;
            joined = true;
            Execute(touchStory, now, storyId);
        }
        else
        {
            storyId = (long)Scalar(insertStory, article.Title, now)!;
        }

        clusterer.Add(storyId, article.ArticleId, article.EventTerms, when, headline);
        Clustered.Add(article.ArticleId);

        var fp = article.Fingerprint;
        var rowId = (long)Scalar(
            insertArticle,
            [
                article.ArticleId, article.CanonicalUrl, article.ContentHash, unchecked((long)fp),
                .. Bands.Select(b => (object?)TextFingerprint.Band(fp, b)),
                article.Title, article.Draft.Url, article.Draft.Source, StoredTime.Write(article.Draft.Published), now,
                article.Draft.Text, JsonSerializer.Serialize(article.Summary), storyId, nearId,
            ])!;
        Stored.Add(rowId);
        Execute(insertArticleFts, rowId, article.Title, article.Draft.Text);
        for (var first = 0; first < article.Sentences.Count; first += SentencesPerInsert)
        {
            var count = Math.Min(SentencesPerInsert, article.Sentences.Count - first);
            Execute(InsertSentences(count), [rowId, .. Enumerable.Range(first, count).SelectMany(i => new object?[] { i, article.Sentences[i] })]);
        }

        Execute(indexSentences, rowId);

        return nearId is not null ? new AddResult(article.ArticleId, AddOutcome.LinkedNearDuplicate, nearArticleId)
            : joined ? new AddResult(article.ArticleId, AddOutcome.JoinedEvent)
            : new AddResult(article.ArticleId, AddOutcome.Added);
    }

    // An article's sentences go in with one statement per SentencesPerInsert (one round trip, not one per sentence),
    // kept per size for the transaction.
    private DbCommand InsertSentences(int count)
    {
        if (!insertSentences.TryGetValue(count, out var command))
        {
            var rows = Enumerable.Range(0, count).Select(i => $"(@article, @p{i}, @s{i})");
            command = Command(
                connection,
                transaction,
                "INSERT INTO sentences (article, position, body) VALUES " + string.Join(", ", rows),
                ["@article", .. Enumerable.Range(0, count).SelectMany(i => new[] { $"@p{i}", $"@s{i}" })]);
            insertSentences[count] = command;
        }

        return command;
    }

    // The same text under another id or URL: the same wire story on another site.
    private (long? Id, string? ArticleId, long StoryId)? FindCopy(string contentHash)
    {
        findCopy.Parameters[0].Value = contentHash;
        using var reader = findCopy.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2)) : null;
    }

    private (long? Id, string? ArticleId, long StoryId) FindNearDuplicate(ulong fingerprint)
    {
        foreach (var b in Bands)
        {
            findSimilar.Parameters[b].Value = TextFingerprint.Band(fingerprint, b);
        }

        using var reader = findSimilar.ExecuteReader();
        while (reader.Read())
        {
            var candidate = unchecked((ulong)reader.GetInt64(2));
            if (TextFingerprint.Distance(candidate, fingerprint) <= TextFingerprint.NearDuplicateDistance)
            {
                return (reader.GetInt64(0), reader.GetString(1), reader.GetInt64(3));
            }
        }

        return (null, null, 0);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static object? Scalar(DbCommand command, params object?[] values)
    {
        Bind(command, values);
        return command.ExecuteScalar();
    }

    private static void Execute(DbCommand? command, params object?[] values)
    {
        if (command is null)
        {
            return;
        }

        Bind(command, values);
        command.ExecuteNonQuery();
    }

    private static void Bind(DbCommand command, object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
