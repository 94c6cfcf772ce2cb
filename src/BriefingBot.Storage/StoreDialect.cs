using BriefingBot.Core.Stories;
using Dapper;

namespace BriefingBot.Storage;

/// <summary>
/// What the providers do differently: full-text search, the statements that index a row for it, and the list of
/// indexed words. Each search is a query of <c>(rowid, rank)</c> rows, best (lowest rank) first, that the stores
/// join to their tables; its parameters go into the command's <see cref="DynamicParameters"/>.
/// </summary>
internal abstract class StoreDialect
{
    /// <summary>The sentences matching the query, at most <paramref name="limit"/>; null when it can match nothing.</summary>
    public abstract string? SearchSentences(SearchQuery query, int limit, DynamicParameters parameters);

    /// <summary>The articles (title and text) matching the query, at most <paramref name="limit"/>; null when it can match nothing.</summary>
    public abstract string? SearchArticles(SearchQuery query, int limit, DynamicParameters parameters);

    /// <summary>A query of <c>rowid</c> rows: the relations whose target holds every one of the words; null when none can.</summary>
    public abstract string? MatchRelations(IReadOnlyList<string> words, DynamicParameters parameters);

    /// <summary>Indexes an article (<c>@rowid, @title, @body</c>); null where the database indexes it itself.</summary>
    public abstract string? IndexArticle { get; }

    /// <summary>Indexes the sentences of an article (<c>@article</c>, its row id); null where the database indexes them itself.</summary>
    public abstract string? IndexSentences { get; }

    /// <summary>
    /// Counts the words of the articles just stored (<c>@ids</c>, their row ids) into the list of indexed words; null
    /// where the database keeps that list itself.
    /// </summary>
    public abstract string? CountWords { get; }

    /// <summary>Indexes a relation's target (<c>@rowid, @target</c>); null where the database indexes it itself.</summary>
    public abstract string? IndexRelation { get; }

    /// <summary>The condition that <paramref name="column"/> is one of the list parameter <paramref name="parameter"/>.</summary>
    public abstract string In(string column, string parameter);

    /// <summary>
    /// The indexed words (stems) from <c>@from</c> up to but not including <c>@to</c>, of length <c>@shortest</c> to
    /// <c>@longest</c>, each with the number of articles holding it, as <c>(term, doc)</c>.
    /// </summary>
    public abstract string WordsBetween { get; }
}
