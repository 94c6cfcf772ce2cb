namespace BriefingBot.Core.Language.Parsing;

/// <summary>
/// Relations the arc labeler, which labels each arc on its own, gives against the rest of the tree, mended after the
/// parse. A passive subject needs a passive auxiliary ("was backed"): with none beside it, and "have" or an object
/// beside it instead ("The senator has backed the plan"), it is the verb's active subject. Stance readings turn on
/// this: a passive subject is the one backed, not the one backing. And a description set off by commas after a name
/// ("Rep. Mike Pence, an Indiana Republican, called…") that the labeler took for a second conjunct is an apposition;
/// and a subject the parser made a second conjunct of the opening phrase ("On Thursday, Nancy Pelosi, D-California,
/// announced…") or a second subject of a relative clause after it ("Guaido, who declared himself…, has said…") is the
/// subject of the verb that had none. With the tags, a verb after a sentence-opening name and its apposition that
/// the parser hung on the apposition is the sentence's verb ("Dana Ruiz, head of a city advisory agency, proposed…");
/// and names side by side that the parser read as a list with nothing between them are one name ("Senate Minority
/// Leader Mitch McConnell").
/// </summary>
public static class RelationRepairs
{
    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "the" };

    private static readonly HashSet<string> HaveForms = new(StringComparer.OrdinalIgnoreCase) { "have", "has", "had", "having", "'ve", "'d", "’ve", "’d" };

    /// <summary>
    /// Mends, in place, the relations at odds with the tree, and the head of a subject read as a conjunct (heads
    /// 1-based, 0 = root); returns how many.
    /// </summary>
    public static int Repair(IReadOnlyList<string> words, int[] heads, string[] relations, IReadOnlyList<string>? upos = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(heads);
        ArgumentNullException.ThrowIfNull(relations);
        var repaired = upos is null ? 0 : MainVerbAfterApposition(words, heads, relations, upos);
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

        // "On Thursday, Nancy Pelosi, D-California, announced her opposition", read with the name as a second conjunct
        // of the opening phrase and the verb with no subject: the first such conjunct set off by a comma is the verb's
        // subject, and a conjunct after it, before the verb, is set beside it.
        // The opening phrase may be longer ("Following the lead of the council, Eastvale Democrats rejected…").
        for (var i = 1; i < words.Count; i++)
        {
            var opening = heads[i] - 1;
            if (relations[i] != "conj" || opening < 0 || opening > i)
            {
                continue;
            }

            var (first, last) = PhraseOf(heads, relations, i);
            var top = opening;
            while (heads[top] > 0 && heads[top] - 1 < first)
            {
                top = heads[top] - 1;
            }

            if (heads[top] <= 0 || relations[top] is not ("obl" or "obl:tmod" or "nmod:tmod" or "advmod" or "advcl"))
            {
                continue;
            }

            var verb = heads[top] - 1;
            bool DependsOnOpening(int d) => heads[d] == opening + 1;
            if (verb <= last || first == 0 || words[first - 1] != "," || Enumerable.Range(0, words.Count).Any(d => heads[d] == verb + 1 && relations[d] is "nsubj" or "nsubj:pass" or "csubj" or "expl")
                || Enumerable.Range(0, words.Count).Any(d => relations[d] == "cc" && (DependsOnOpening(d) || (heads[d] > 0 && DependsOnOpening(heads[d] - 1) && relations[heads[d] - 1] == "conj")))
                || Enumerable.Range(first, last - first + 1).Any(d => relations[d] == "case" && heads[d] == i + 1))
            {
                continue;
            }

            heads[i] = verb + 1;
            relations[i] = "nsubj";
            repaired++;
            for (var d = last + 1; d < verb; d++)
            {
                if (relations[d] == "conj" && DependsOnOpening(d))
                {
                    (heads[d], relations[d]) = (i + 1, "appos");
                    repaired++;
                }
            }

            break;
        }

        // "Senate Minority Leader Mitch McConnell, R-Kentucky, told…", read as a list of "Senate Minority" and "Leader Mitch
        // McConnell" with nothing between them: names side by side with no comma or conjunction are one name, headed
        // by the later one, which takes the first one's place in the sentence.
        for (var c = 1; c < words.Count; c++)
        {
            var h = heads[c] - 1;
            if (relations[c] != "conj" || h < 0 || h >= c || !char.IsUpper(words[c][0]) || !char.IsUpper(words[h][0]))
            {
                continue;
            }

            var (first, _) = PhraseOf(heads, relations, c);
            var before = first - 1;
            if (before < 0 || !(before == h || heads[before] == h + 1 && relations[before] is "flat" or "compound") || !char.IsUpper(words[before][0]) || !char.IsUpper(words[first][0])
                || Enumerable.Range(0, words.Count).Any(d => relations[d] == "cc" && (heads[d] == c + 1 || heads[d] == h + 1)))
            {
                continue;
            }

            (heads[c], relations[c]) = (heads[h], relations[h]);
            (heads[h], relations[h]) = (c + 1, "compound");
            for (var d = c + 1; d < words.Count; d++)
            {
                if (heads[d] == h + 1)
                {
                    heads[d] = c + 1; // what came after the name is the whole name's
                }
            }

            repaired += 2;
        }

        // "Guaido, who declared himself interim head of state, has said he needs…", read with the name as a second
        // subject of the relative clause's verb and the verb after it with no subject: the name is that verb's subject
        // and the clause describes the name.
        for (var i = 0; i + 2 < words.Count; i++)
        {
            var relative = i + 2;
            var clause = heads[i] - 1;
            if (relations[i] is not ("nsubj" or "nsubj:pass") || words[i + 1] != "," || !(words[relative].ToLowerInvariant() is "who" or "which")
                || clause < relative || heads[relative] != clause + 1 || relations[relative] is not ("nsubj" or "nsubj:pass")
                || heads[clause] <= 0 || heads[clause] - 1 <= clause || relations[clause] is not ("ccomp" or "parataxis" or "conj" or "advcl"))
            {
                continue;
            }

            var verb = heads[clause] - 1;
            if (Enumerable.Range(0, words.Count).Any(d => heads[d] == verb + 1 && relations[d] is "nsubj" or "nsubj:pass" or "csubj" or "expl"))
            {
                continue;
            }

            (heads[i], relations[i]) = (verb + 1, "nsubj");
            (heads[clause], relations[clause]) = (i + 1, "acl:relcl");
            repaired += 2;
        }

        return repaired;
    }

    // "Dana Ruiz, head of a city advisory agency, proposed four routes", parsed with no main verb (the
    // apposition's noun the root, the verb a clause on it): a verb with an object or clause of its own and no subject,
    // right after the apposition that follows a sentence-opening name, is the sentence's verb and the name its subject.
    private static int MainVerbAfterApposition(IReadOnlyList<string> words, int[] heads, string[] relations, IReadOnlyList<string> upos)
    {
        var comma = 0;
        while (comma < words.Count && upos[comma] == "PROPN")
        {
            comma++;
        }

        var close = comma + 1;
        while (close < words.Count && words[close] != "," && upos[close] is not ("VERB" or "AUX"))
        {
            close++;
        }

        var verb = close + 1;
        bool Within(int word, int first, int last) => word >= first && word <= last;
        if (comma == 0 || comma >= words.Count || words[comma] != "," || verb >= words.Count || close == comma + 1 || words[close] != ","
            || upos[verb] != "VERB" || relations[verb] != "acl" || !Within(heads[verb] - 1, comma + 1, close - 1))
        {
            return 0;
        }

        var dependents = Enumerable.Range(0, words.Count).Where(d => heads[d] == verb + 1).ToList();
        var root = Array.IndexOf(heads, 0);
        var name = Enumerable.Range(0, comma).FirstOrDefault(w => !Within(heads[w] - 1, 0, comma - 1));
        if (dependents.Any(d => relations[d] is "nsubj" or "nsubj:pass" or "csubj") || !dependents.Any(d => relations[d] is "obj" or "ccomp" or "xcomp")
            || !Within(root, 0, close - 1))
        {
            return 0;
        }

        if (root != name)
        {
            var apposition = Enumerable.Range(comma + 1, close - comma - 1).Where(d => heads[d] == name + 1 && relations[d] == "appos").DefaultIfEmpty(-1).First();
            (heads[root], relations[root]) = apposition >= 0 ? (apposition + 1, "nmod") : (name + 1, "appos");
        }

        for (var d = close + 1; d < words.Count; d++)
        {
            if (heads[d] == root + 1 && d != verb)
            {
                heads[d] = verb + 1; // what followed the verb is its own ("." and the rest)
            }
        }

        (heads[verb], relations[verb]) = (0, "root");
        (heads[name], relations[name]) = (verb + 1, "nsubj");
        return 2;
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
