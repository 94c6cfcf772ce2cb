namespace BriefingBot.Core.Language.Coreference;

/// <summary>
/// The MUC link score (Vilain et al., 1995): recall counts, for each gold chain, how few pieces the response cuts it
/// into; precision is the same with the roles swapped. Counts add up over documents before dividing.
/// </summary>
public readonly record struct Muc(long RecallHits, long RecallLinks, long PrecisionHits, long PrecisionLinks)
{
    public double Recall => RecallLinks == 0 ? 0 : (double)RecallHits / RecallLinks;

    public double Precision => PrecisionLinks == 0 ? 0 : (double)PrecisionHits / PrecisionLinks;

    public double F1 => Recall + Precision == 0 ? 0 : 2 * Recall * Precision / (Recall + Precision);

    public static Muc operator +(Muc a, Muc b) =>
        new(a.RecallHits + b.RecallHits, a.RecallLinks + b.RecallLinks, a.PrecisionHits + b.PrecisionHits, a.PrecisionLinks + b.PrecisionLinks);

    /// <summary>Scores one document: the gold chain and the response chain of each mention (any labels; equal means same chain).</summary>
    public static Muc Score<TGold, TResponse>(IReadOnlyList<TGold> gold, IReadOnlyList<TResponse> response)
        where TGold : notnull
        where TResponse : notnull
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(response);
        var (recallHits, recallLinks) = Links(gold, response);
        var (precisionHits, precisionLinks) = Links(response, gold);
        return new Muc(recallHits, recallLinks, precisionHits, precisionLinks);
    }

    private static (long Hits, long Links) Links<TKey, TOther>(IReadOnlyList<TKey> key, IReadOnlyList<TOther> other)
        where TKey : notnull
        where TOther : notnull
    {
        long hits = 0, links = 0;
        foreach (var members in Enumerable.Range(0, key.Count).GroupBy(i => key[i]))
        {
            var size = members.Count();
            var pieces = members.Select(i => other[i]).Distinct().Count();
            hits += size - pieces;
            links += size - 1;
        }

        return (hits, links);
    }
}
