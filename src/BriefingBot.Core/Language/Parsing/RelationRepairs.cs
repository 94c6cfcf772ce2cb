namespace BriefingBot.Core.Language.Parsing;

/// <summary>
/// Relations the arc labeler, which labels each arc on its own, gives against the rest of the tree, mended after the
/// parse. A passive subject needs a passive auxiliary ("was backed"): with none beside it, and "have" or an object
/// beside it instead ("The senator has backed the plan"), it is the verb's active subject. Stance readings turn on
/// this: a passive subject is the one backed, not the one backing. And a description set off by commas after a name
/// ("Rep. Mike Pence, an Indiana Republican, called…") that the labeler took for a second conjunct is an apposition.
/// </summary>
public static class RelationRepairs
{
    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "the" };

    private static readonly HashSet<string> HaveForms = new(StringComparer.OrdinalIgnoreCase) { "have", "has", "had", "having", "'ve", "'d", "’ve", "’d" };

    /// <summary>Relabels, in place, the relations at odds with the tree (heads 1-based, 0 = root); returns how many.</summary>
    public static int Repair(IReadOnlyList<string> words, int[] heads, string[] relations)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(heads);
        ArgumentNullException.ThrowIfNull(relations);
        var repaired = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (relations[i] != "nsubj:pass" || heads[i] <= 0)
            {
                continue;
            }

            var verb = heads[i];
            bool passive = false, active = false;
            for (var d = 0; d < words.Count; d++)
            {
                if (heads[d] != verb)
                {
                    continue;
                }

                passive |= relations[d] == "aux:pass";
                active |= relations[d] == "obj" || (relations[d] == "aux" && HaveForms.Contains(words[d]));
            }

            if (!passive && active)
            {
                relations[i] = "nsubj";
                repaired++;
            }
        }

        // "Rep. Mike Pence, an Indiana Republican, called…", read as two coordinated names: a conjunct with an article,
        // set off by commas, where no conjunct of its head has a coordinating conjunction, is an apposition.
        for (var i = 1; i < words.Count; i++)
        {
            if (relations[i] != "conj" || heads[i] <= 0)
            {
                continue;
            }

            var (first, last) = PhraseOf(heads, relations, i);
            if (first == 0 || !words[first - 1].Equals(",", StringComparison.Ordinal) || heads[first] != i + 1 || !Articles.Contains(words[first])
                || (last + 1 < words.Count && !(words[last + 1] is "," or "." or ";" or ")"))) // set off on both sides, not "…, the Senate voted"
            {
                continue;
            }

            var head = heads[i];
            var coordinated = Enumerable.Range(0, words.Count).Where(d => heads[d] == head && relations[d] == "conj").Append(head - 1);
            if (!coordinated.Any(c => Enumerable.Range(0, words.Count).Any(d => heads[d] == c + 1 && relations[d] == "cc")))
            {
                relations[i] = "appos";
                repaired++;
            }
        }

        return repaired;
    }

    // The first and last words of the phrase a word heads, past its punctuation.
    private static (int First, int Last) PhraseOf(int[] heads, string[] relations, int word)
    {
        var (first, last) = (word, word);
        for (var d = 0; d < heads.Length; d++)
        {
            if (relations[d] != "punct" && SentenceAnalysis.IsWithin(heads, d, word))
            {
                (first, last) = (Math.Min(first, d), Math.Max(last, d));
            }
        }

        return (first, last);
    }
}
