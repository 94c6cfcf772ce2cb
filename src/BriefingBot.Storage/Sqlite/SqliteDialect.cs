using BriefingBot.Core.Stories;
using Dapper;

namespace BriefingBot.Storage.Sqlite;

/// <summary>SQLite's FTS5: external-content indexes kept by explicit inserts, ranked by BM25, words from fts5vocab.</summary>
internal sealed class SqliteDialect : StoreDialect
{
    public static readonly SqliteDialect Instance = new();

    private SqliteDialect()
    {
    }

    public override string? IndexArticle => "INSERT INTO articles_fts (rowid, title, body) VALUES (@rowid, @title, @body)";

    public override string? IndexSentences => "INSERT INTO sentences_fts (rowid, body) SELECT id, body FROM sentences WHERE article = @article";

    public override string? CountWords => null; // fts5vocab reads the index

    public override string? IndexRelation => "INSERT INTO relations_fts (rowid, target) VALUES (@rowid, @target)";

    public override string WordsBetween =>
        "SELECT term, doc FROM articles_vocab WHERE term >= @from AND term < @to AND length(term) BETWEEN @shortest AND @longest";

    // Dapper writes the list out as one parameter per item.
    public override string In(string column, string parameter) => $"{column} IN @{parameter}";

    public override string? SearchSentences(SearchQuery query, int limit, DynamicParameters parameters) =>
        Search("sentences_fts", query, limit, parameters);

    public override string? SearchArticles(SearchQuery query, int limit, DynamicParameters parameters) =>
        Search("articles_fts", query, limit, parameters);

    public override string? MatchRelations(IReadOnlyList<string> words, DynamicParameters parameters)
    {
        var match = FtsQuery.Build(new SearchQuery { Terms = [], RequiredAny = words.Select(w => (IReadOnlyList<string>)[w]).ToList() });
        if (match is null)
        {
            return null;
        }

        parameters.Add("match", match);
        return "SELECT rowid FROM relations_fts WHERE relations_fts MATCH @match";
    }

    private static string? Search(string index, SearchQuery query, int limit, DynamicParameters parameters)
    {
        var match = FtsQuery.Build(query);
        if (match is null)
        {
            return null;
        }

        parameters.Add("match", match);
        parameters.Add("searchLimit", limit);
        return $"SELECT rowid, rank FROM {index} WHERE {index} MATCH @match ORDER BY rank LIMIT @searchLimit";
    }
}
