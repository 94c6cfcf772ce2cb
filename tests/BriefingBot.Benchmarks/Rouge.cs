using System.Text;
using BriefingBot.Core.Language;

namespace BriefingBot.Benchmarks;

/// <summary>
/// ROUGE-1, ROUGE-2 and ROUGE-Lsum F-measures with the semantics of Google's rouge-score package: lower-case,
/// anything that is not a letter or digit becomes a space, tokens longer than three characters are Porter-stemmed;
/// Lsum is the summary-level LCS over newline-separated sentences (union LCS per reference sentence, counts clipped).
/// </summary>
internal sealed class Rouge
{
    private readonly Dictionary<string, string> stems = new(StringComparer.Ordinal);

    public (double Rouge1, double Rouge2, double RougeLsum) Score(IReadOnlyList<string> candidate, IReadOnlyList<string> reference)
    {
        var candidateSentences = candidate.Select(Tokens).Where(t => t.Count > 0).ToList();
        var referenceSentences = reference.Select(Tokens).Where(t => t.Count > 0).ToList();
        var c = candidateSentences.SelectMany(t => t).ToList();
        var r = referenceSentences.SelectMany(t => t).ToList();
        return (NGram(c, r, 1), NGram(c, r, 2), SummaryLcs(candidateSentences, referenceSentences));
    }

    public List<string> Tokens(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text.ToLowerInvariant())
        {
            builder.Append(ch is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? ch : ' ');
        }

        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => t.Length > 3 ? Stem(t) : t).ToList();
    }

    private string Stem(string token)
    {
        if (!stems.TryGetValue(token, out var stem))
        {
            stems[token] = stem = Stemmer.Stem(token);
        }

        return stem;
    }

    private static double NGram(List<string> candidate, List<string> reference, int n)
    {
        var c = Counts(candidate, n);
        var r = Counts(reference, n);
        var overlap = r.Sum(kv => Math.Min(kv.Value, c.GetValueOrDefault(kv.Key)));
        return F(overlap, c.Values.Sum(), r.Values.Sum());
    }

    private static Dictionary<string, int> Counts(List<string> tokens, int n)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= tokens.Count; i++)
        {
            var key = n == 1 ? tokens[i] : string.Join(' ', tokens.Skip(i).Take(n));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }

    private static double SummaryLcs(List<List<string>> candidate, List<List<string>> reference)
    {
        var candidateCounts = candidate.SelectMany(t => t).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        var referenceCounts = reference.SelectMany(t => t).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        var m = reference.Sum(s => s.Count);
        var n = candidate.Sum(s => s.Count);
        var hits = 0;
        foreach (var sentence in reference)
        {
            var union = new SortedSet<int>();
            foreach (var other in candidate)
            {
                union.UnionWith(LcsIndexes(sentence, other));
            }

            foreach (var token in union.Select(i => sentence[i]))
            {
                if (referenceCounts.GetValueOrDefault(token) > 0 && candidateCounts.GetValueOrDefault(token) > 0)
                {
                    hits++;
                    referenceCounts[token]--;
                    candidateCounts[token]--;
                }
            }
        }

        return F(hits, n, m);
    }

    // Positions in a of one longest common subsequence of a and b (backtracking as rouge-score does).
    private static List<int> LcsIndexes(List<string> a, List<string> b)
    {
        var table = new int[a.Count + 1, b.Count + 1];
        for (var i = 1; i <= a.Count; i++)
        {
            for (var j = 1; j <= b.Count; j++)
            {
                table[i, j] = a[i - 1] == b[j - 1] ? table[i - 1, j - 1] + 1 : Math.Max(table[i - 1, j], table[i, j - 1]);
            }
        }

        var indexes = new List<int>();
        for (int i = a.Count, j = b.Count; i > 0 && j > 0;)
        {
            if (a[i - 1] == b[j - 1])
            {
                indexes.Add(i - 1);
                i--;
                j--;
            }
            else if (table[i - 1, j] > table[i, j - 1])
            {
                i--;
            }
            else
            {
                j--;
            }
        }

        return indexes;
    }

    private static double F(int overlap, int candidate, int reference)
    {
        var precision = candidate == 0 ? 0 : (double)overlap / candidate;
        var recall = reference == 0 ? 0 : (double)overlap / reference;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
