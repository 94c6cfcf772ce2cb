using BriefingBot.Core.Stories;
using BriefingBot.Storage.Sqlite;
using Dapper;

namespace BriefingBot.Storage.Postgres;

/// <summary>
/// PostgreSQL's text search: stored generated <c>tsvector</c> columns with GIN indexes (the database keeps them),
/// English stemming, and a BM25-like rank: per search word, its inverse document frequency times <c>ts_rank</c>
/// normalized by the document's length. The document frequencies are the articles', read from the word counts the
/// store keeps (<c>article_words</c>), for sentences too: counting matches at query time cost more than the search.
/// </summary>
internal sealed class PostgresDialect : StoreDialect
{
    public static readonly PostgresDialect Instance = new();

    // A word in more articles than this share of them does not by itself make a row a candidate.
    private const double CommonShare = 0.05;

    private PostgresDialect()
    {
    }

    public override string? IndexArticle => null;

    public override string? IndexSentences => null;

    public override string? IndexRelation => null;

    // Sorted, so that instances storing at once take the words' row locks in one order and never deadlock.
    public override string? CountWords =>
        """
        INSERT INTO article_words (term, doc)
        SELECT word, count(*) FROM articles a, unnest(tsvector_to_array(a.search)) AS word WHERE a.id = ANY(@ids) GROUP BY word ORDER BY word
        ON CONFLICT (term) DO UPDATE SET doc = article_words.doc + excluded.doc
        """;

    // The words table is kept by CountWords, once per stored batch; "C" order, as the range is by code point.
    public override string WordsBetween =>
        "SELECT term, doc FROM article_words WHERE term COLLATE \"C\" >= @from AND term COLLATE \"C\" < @to AND length(term) BETWEEN @shortest AND @longest";

    // Npgsql sends the list as one array parameter.
    public override string In(string column, string parameter) => $"{column} = ANY(@{parameter})";

    public override string? SearchSentences(SearchQuery query, int limit, DynamicParameters parameters) =>
        Search("sentences", query, limit, parameters);

    public override string? SearchArticles(SearchQuery query, int limit, DynamicParameters parameters) =>
        Search("articles", query, limit, parameters);

    public override string? MatchRelations(IReadOnlyList<string> words, DynamicParameters parameters)
    {
        var cleaned = words.Select(w => FtsQuery.Clean([w])).ToList();
        if (cleaned.Count == 0 || cleaned.Any(c => c.Count == 0))
        {
            return null;
        }

        var conditions = cleaned.Select((c, i) =>
        {
            parameters.Add($"w{i}", c[0]);
            return $"search @@ phraseto_tsquery('english', @w{i})";
        });
        return $"SELECT id AS rowid FROM relations WHERE {string.Join(" AND ", conditions)}";
    }

    private static string? Search(string table, SearchQuery query, int limit, DynamicParameters parameters)
    {
        var groups = query.RequiredAny.Select(FtsQuery.Clean).ToList();
        if (groups.Any(g => g.Count == 0))
        {
            return null; // a required group with no usable term can match nothing
        }

        var terms = FtsQuery.Clean(query.Terms);
        if (terms.Count > 0)
        {
            groups.Add(terms);
        }

        var words = groups.SelectMany(g => g).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        for (var i = 0; i < words.Count; i++)
        {
            parameters.Add($"t{i}", words[i]);
        }

        parameters.Add("searchLimit", limit);
        int Index(string word) => words.FindIndex(w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase));
        var queries = string.Join(", ", words.Select((_, i) => $"phraseto_tsquery('english', @t{i}) AS q{i}"));
        // A phrase is as rare as its rarest word; a word the index does not hold (a stop word) weighs nothing.
        var counts = string.Join(", ", words.Select((_, i) =>
            $"(SELECT COALESCE(min(doc), 0) FROM article_words WHERE term = ANY(tsvector_to_array(to_tsvector('english', @t{i})))) AS df{i}"));
        var weights = string.Join(", ", words.Select((_, i) => $"ln(1 + (c.n - c.df{i} + 0.5) / (c.df{i} + 0.5))::float8 AS w{i}"));
        var rank = string.Join(" + ", words.Select((_, i) => $"w.w{i} * ts_rank(d.search, q.q{i}, 1)"));
        string Any(IEnumerable<string> group) => "(" + string.Join(" || ", group.Select(w => $"q.q{Index(w)}")) + ")";
        var conditions = groups.Take(groups.Count - (terms.Count > 0 ? 1 : 0)).Select(g => $"d.search @@ {Any(g)}").ToList();

        // The search words find the candidates, but not those in more than one article in CommonShare while a rarer one
        // is asked too ("happened", "show" beside "charity"): they would bring in thousands of rows, each ranked, to
        // rank below the rows the rarer words find. They still count in the rank.
        parameters.Add("commonShare", CommonShare);
        var rare = terms.Select(w => $"(c.df{Index(w)} > 0 AND c.df{Index(w)} <= c.n * @commonShare)").ToList();
        var candidates = terms.Count == 0 ? "''::tsquery"
            : $"CASE WHEN {string.Join(" OR ", rare)} THEN ({string.Join(" || ", terms.Select((w, k) => $"CASE WHEN {rare[k]} THEN q.q{Index(w)} ELSE ''::tsquery END"))}) ELSE {Any(terms)} END";
        if (terms.Count > 0)
        {
            conditions.Add("d.search @@ m.found");
        }

        return $"WITH q AS MATERIALIZED (SELECT {queries}), " +
            $"c AS MATERIALIZED (SELECT (SELECT GREATEST(max(id), 1) FROM articles) AS n, {counts}), " +
            $"w AS MATERIALIZED (SELECT {weights} FROM c), " +
            $"m AS MATERIALIZED (SELECT {candidates} AS found FROM c, q) " +
            $"SELECT d.id AS rowid, -({rank}) AS rank FROM {table} d, q, w, m WHERE {string.Join(" AND ", conditions)} ORDER BY rank LIMIT @searchLimit";
    }
}
