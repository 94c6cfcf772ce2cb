using BriefingBot.Core.Language;
using BriefingBot.Core.Language.Corpus;
using BriefingBot.Core.Language.Entities;
using BriefingBot.Core.Stories;

namespace BriefingBot.Core.Answering;

/// <summary>
/// Answers a "who" question from retrieved sentences: the recognizer's people (then organizations, then places)
/// in each sentence that the question does not already name, scored by how early the sentence was retrieved,
/// how close the name stands to the words the question shares with the sentence, and whether the name is the
/// subject or object of one of those words.
/// </summary>
public static class WhoExtractor
{
    private const int MaxSentences = 6;

    /// <summary>The retrieved sentences a "who" answer is looked for in (the first few), tagged and parsed once for both kinds.</summary>
    public static IReadOnlyList<(SentenceHit Hit, SentenceAnalysis Analysis)> Read(IReadOnlyList<SentenceHit> hits, LanguageModels models)
    {
        ArgumentNullException.ThrowIfNull(hits);
        ArgumentNullException.ThrowIfNull(models);
        return hits.Take(MaxSentences).Select(h => (h, models.Analyze(UdTokenizer.Tokenize(h.Text)))).ToList();
    }

    /// <summary>The best name and the sentence it came from, or null when no sentence names anyone new.</summary>
    public static (string Name, SentenceHit Hit)? Find(string question, IReadOnlyList<string> terms, IReadOnlyList<(SentenceHit Hit, SentenceAnalysis Analysis)> read)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(read);
        var questionWords = Tokenizer.Words(question).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var stems = terms.Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
        (string Name, SentenceHit Hit)? best = null;
        var bestScore = double.NegativeInfinity;
        for (var rank = 0; rank < read.Count; rank++)
        {
            var (hit, analysis) = read[rank];
            var words = analysis.Words;
            var matched = Enumerable.Range(0, words.Length).Where(i => stems.Contains(Stemmer.Stem(words[i].ToLowerInvariant()))).ToList();
            if (matched.Count == 0)
            {
                continue;
            }

            foreach (var entity in analysis.Entities)
            {
                if (Enumerable.Range(entity.Start, entity.Length).Any(i => questionWords.Contains(words[i].ToLowerInvariant())))
                {
                    continue; // the question already names it
                }

                var distance = matched.Min(i => i < entity.Start ? entity.Start - i : i >= entity.End ? i - entity.End + 1 : 0);
                var score = -rank - (0.15 * Math.Min(distance, 20)) + TypeWeight(entity.Type) + (IsArgumentOfMatchedWord(analysis, entity, matched) ? 0.75 : 0);
                if (score > bestScore)
                {
                    bestScore = score;
                    best = (WithConjuncts(analysis, entity), hit);
                }
            }
        }

        return best;
    }

    // "Chrysler and General Motors announced": the chosen name and the names coordinated with it, as written.
    private static string WithConjuncts(SentenceAnalysis analysis, EntitySpan entity)
    {
        var words = analysis.Words;
        var members = analysis.Entities
            .Where(e => e == entity || Coordinated(analysis, HeadOf(analysis, entity), HeadOf(analysis, e)))
            .OrderBy(e => e.Start)
            .Select(e => (e.Start, End: ExtendedByApposedName(analysis, e)))
            .ToList();
        var names = members.Select(e => new EntitySpan(e.Start, e.End, entity.Type).Name(words)).ToList();
        return names.Count switch
        {
            1 => names[0],
            2 => $"{names[0]} and {names[1]}",
            _ => string.Join(", ", names[..^1]) + " and " + names[^1],
        };
    }

    // "Senator" + "Paul Whitcombe" read as two names in apposition: one name.
    private static int ExtendedByApposedName(SentenceAnalysis analysis, EntitySpan entity)
    {
        var next = analysis.Entities.FirstOrDefault(e => e.Start == entity.End);
        var head = next.Length > 0 ? HeadOf(analysis, next) : -1;
        return head >= 0 && analysis.Relations[head] == "appos" && analysis.Heads[head] - 1 >= entity.Start && analysis.Heads[head] - 1 < entity.End ? next.End : entity.End;
    }

    private static bool Coordinated(SentenceAnalysis analysis, int a, int b) =>
        a != b && (analysis.Heads[b] - 1 == a && analysis.Relations[b] == "conj"
            || analysis.Heads[a] - 1 == b && analysis.Relations[a] == "conj"
            || analysis.Heads[a] == analysis.Heads[b] && analysis.Relations[a] == "conj" && analysis.Relations[b] == "conj");

    private static int HeadOf(SentenceAnalysis analysis, EntitySpan entity) => GumEntities.HeadOf(analysis.Heads, entity.Start, entity.End);

    /// <summary>
    /// For "who is X": what the retrieved sentences say X is — an apposition ("X, the Formula One chief,"), a
    /// copular predicate ("X is a member of parliament") or the title before the name ("Irish Prime Minister X").
    /// </summary>
    public static (string Description, SentenceHit Hit)? Describe(IReadOnlyList<string> subject, IReadOnlyList<(SentenceHit Hit, SentenceAnalysis Analysis)> read)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(read);
        var names = subject.Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        foreach (var (hit, analysis) in read)
        {
            var words = analysis.Words;
            var head = Enumerable.Range(0, words.Length).LastOrDefault(i => names.Contains(words[i].ToLowerInvariant()) && !names.Contains(NextLower(words, i)), -1);
            if (head < 0)
            {
                continue;
            }

            // The name's own head: "Marta Kessler" hangs on "Marta" (flat), and so does what describes her.
            while (analysis.Relations[head] is "flat" or "compound" && analysis.Heads[head] > 0 && names.Contains(words[analysis.Heads[head] - 1].ToLowerInvariant()))
            {
                head = analysis.Heads[head] - 1;
            }

            var description = Apposition(analysis, head) ?? Predicate(analysis, head) ?? Title(analysis, head, names);
            if (description is { } span && span.End > span.Start)
            {
                return (UdTokenizer.Detokenize(words, span.Start, span.End), hit);
            }
        }

        return null;
    }

    private static string NextLower(string[] words, int i) => i + 1 < words.Length ? words[i + 1].ToLowerInvariant() : string.Empty;

    // "Bernie Ecclestone, the Formula One chief, said": the appositive's own phrase.
    private static (int Start, int End)? Apposition(SentenceAnalysis analysis, int head)
    {
        var appos = analysis.Dependents(head).FirstOrDefault(d => analysis.Relations[d] == "appos" && d > head && analysis.Upos[d] == "NOUN", -1);
        return appos < 0 ? null : Trim(analysis, Subtree(analysis, appos));
    }

    // "Geert Wilders is a member of the Dutch parliament": the predicate the name is the subject of.
    private static (int Start, int End)? Predicate(SentenceAnalysis analysis, int head)
    {
        var predicate = analysis.Heads[head] - 1;
        if (predicate <= head || analysis.Relations[head] != "nsubj" || !analysis.Dependents(predicate).Any(d => analysis.Relations[d] == "cop")
            || analysis.Upos[predicate] != "NOUN")
        {
            return null;
        }

        var cop = analysis.Dependents(predicate).First(d => analysis.Relations[d] == "cop");
        var (_, end) = Subtree(analysis, predicate);
        var clause = analysis.Dependents(predicate).Where(d => d > predicate && analysis.Relations[d] is "conj" or "parataxis" or "advcl" or "punct" && analysis.Words[d] != "-").DefaultIfEmpty(end).Min();
        return Trim(analysis, (cop + 1, Math.Min(end, clause == end ? end : clause)));
    }

    // "Irish Prime Minister Brian Cowen": the words of the name's phrase before the name itself.
    private static (int Start, int End)? Title(SentenceAnalysis analysis, int head, HashSet<string> names)
    {
        var first = head;
        while (first > 0 && names.Contains(analysis.Words[first - 1].ToLowerInvariant()))
        {
            first--;
        }

        // "Formula One chief Bernie Ecclestone": nouns, names and adjectives before the name that hang (directly or
        // through each other) on it.
        var start = first;
        while (start > 0 && analysis.Upos[start - 1] is "PROPN" or "NOUN" or "ADJ" or "NUM"
            && analysis.Heads[start - 1] - 1 >= start && analysis.Heads[start - 1] - 1 <= head)
        {
            start--;
        }

        return start < first && analysis.Upos[first - 1] is "NOUN" or "PROPN" ? (start, first) : null;
    }

    // The words under root in the tree, as one stretch from the first to the last.
    private static (int Start, int End) Subtree(SentenceAnalysis analysis, int root)
    {
        int start = root, end = root + 1;
        for (var i = 0; i < analysis.Words.Length; i++)
        {
            var node = i;
            for (var steps = 0; node >= 0 && node != root && steps < analysis.Words.Length; steps++)
            {
                node = analysis.Heads[node] - 1;
            }

            if (node == root)
            {
                start = Math.Min(start, i);
                end = Math.Max(end, i + 1);
            }
        }

        return (start, end);
    }

    private static (int Start, int End) Trim(SentenceAnalysis analysis, (int Start, int End) span)
    {
        var (start, end) = span;
        while (end > start && analysis.Upos[end - 1] == "PUNCT" && analysis.Words[end - 1] is not ("\"" or "”"))
        {
            end--;
        }

        while (start < end && analysis.Upos[start] == "PUNCT")
        {
            start++;
        }

        return (start, end);
    }

    private static double TypeWeight(string type) => type switch
    {
        EntitySpan.Person => 1.0,
        EntitySpan.Organization => 0.6,
        _ => -0.5, // "who" is rarely a place; a country acting ("Iran and others") still can be
    };

    // "Gavin Hood directed Wolverine": the name's head is the subject (or object) of a word the question shares.
    private static bool IsArgumentOfMatchedWord(SentenceAnalysis analysis, EntitySpan entity, List<int> matched)
    {
        var word = HeadOf(analysis, entity);
        var head = analysis.Heads[word] - 1;
        return head >= 0 && matched.Contains(head) && analysis.Relations[word] is "nsubj" or "nsubj:pass" or "obj" or "obl:agent" or "appos" or "compound" or "nmod:poss";
    }
}
