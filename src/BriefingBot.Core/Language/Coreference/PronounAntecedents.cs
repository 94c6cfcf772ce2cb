using BriefingBot.Core.Language.Corpus;
using BriefingBot.Core.Language.Entities;

namespace BriefingBot.Core.Language.Coreference;

/// <summary>
/// Who a pronoun in a sentence stands for, given the sentences before it: the recognizer's names, the pronouns and
/// the noun phrases of the passage become mentions, <see cref="CoreferenceResolver"/> links them, and the pronoun's
/// chain answers with the name it starts from ("He has criticized Sessions" after "Trump said…" gives "Trump") or
/// with a plural group ("senior military figures"). A chain that starts with a pronoun (its name lies before the
/// passage) or with any other noun phrase ("Instead, it condemned…" after "Mattis's letter") answers nothing.
/// </summary>
public static class PronounAntecedents
{
    /// <summary>How many sentences before a pronoun's own are read for what it stands for.</summary>
    public const int SentencesBefore = 3;

    private static readonly HashSet<string> SpeakingPronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she" };

    /// <summary>The name the pronoun at <paramref name="word"/> of the last sentence of <paramref name="passage"/> stands for, or null.</summary>
    public static string? NameFor(IReadOnlyList<SentenceAnalysis> passage, int word)
    {
        ArgumentNullException.ThrowIfNull(passage);
        if (passage.Count == 0 || word < 0 || word >= passage[^1].Words.Length || passage[^1].Upos[word] != "PRON")
        {
            return null;
        }

        if (SpeakerOf(passage, word) is (true, var speaker))
        {
            return speaker;
        }

        var mentions = new List<(Mention Mention, string? Name)>();
        for (var s = 0; s < passage.Count; s++)
        {
            mentions.AddRange(MentionsOf(passage[s], s));
        }

        // "Kristol called for his resignation": the subject of the pronoun's own clause is not who it stands for.
        var clauseSubject = ClauseSubject(passage[^1], word);
        if (clauseSubject >= 0)
        {
            var last = passage.Count - 1;
            mentions.RemoveAll(m => m.Mention.Sentence == last && m.Mention.Start <= clauseSubject && clauseSubject < m.Mention.End && m.Mention.Start != word);
        }

        // "he wrote: 'It is best that Tony Blair rather than Michael Howard should form the next government.' While
        // saying he admired…": whom a pronoun outside a quotation stands for is not a name the quotation holds.
        var quoted = new List<bool[]>(passage.Count);
        var open = false; // a quotation still open at the end of a sentence goes on into the next ("“Now, X's actions… He need not…")
        foreach (var sentence in passage)
        {
            quoted.Add(Quoted(sentence, ref open));
        }

        if (!quoted[^1][word])
        {
            mentions.RemoveAll(m => Enumerable.Range(m.Mention.Start, m.Mention.End - m.Mention.Start).All(i => quoted[m.Mention.Sentence][i]));
        }

        mentions.Sort((a, b) => a.Mention.Sentence != b.Mention.Sentence ? a.Mention.Sentence.CompareTo(b.Mention.Sentence)
            : a.Mention.Start != b.Mention.Start ? a.Mention.Start.CompareTo(b.Mention.Start)
            : b.Mention.End.CompareTo(a.Mention.End));
        var chains = CoreferenceResolver.Resolve(mentions.Select(m => m.Mention).ToList());
        var at = mentions.FindIndex(m => m.Mention.Sentence == passage.Count - 1 && m.Mention.Start == word && m.Mention.HeadUpos == "PRON");
        return at < 0 || chains[at] == at ? null : mentions[chains[at]].Name;
    }

    // The words inside quotation marks: between an opening and a closing mark, from the start to a closing mark with
    // no opening one (a quotation begun in an earlier sentence), from an opening mark with no closing one to the end
    // (and <paramref name="carried"/> then says the next sentence starts inside it).
    private static bool[] Quoted(SentenceAnalysis sentence, ref bool carried)
    {
        var words = sentence.Words;
        var inside = new bool[words.Length];
        if (!carried)
        {
            return QuotedAfter(words, inside, 0, ref carried);
        }

        var close = Array.FindIndex(words, w => w is "”" or "\"" or "»");
        if (close < 0)
        {
            Array.Fill(inside, true);
            return inside; // still open
        }

        Array.Fill(inside, true, 0, close);
        carried = false;
        return QuotedAfter(words, inside, close + 1, ref carried); // the rest is read as a sentence of its own
    }

    private static bool[] QuotedAfter(string[] words, bool[] inside, int from, ref bool carried)
    {
        var open = -1;
        var firstClose = from > 0 ? from - 1 : -1;
        for (var i = from; i < words.Length; i++)
        {
            var mark = words[i] is "“" or "”" or "\"" or "«" or "»";
            if (!mark)
            {
                continue;
            }

            if (open < 0 && words[i] is not ("”" or "»") && !(words[i] == "\"" && firstClose < 0 && i > 0 && !HasLaterMark(words, i)))
            {
                open = i;
            }
            else if (open >= 0)
            {
                Array.Fill(inside, true, open + 1, i - open - 1);
                open = -1;
            }
            else if (firstClose < 0)
            {
                firstClose = i;
                Array.Fill(inside, true, 0, i);
            }
        }

        if (open >= 0)
        {
            Array.Fill(inside, true, open + 1, words.Length - open - 1);
        }

        carried = open >= 0;
        return inside;
    }

    private static bool HasLaterMark(string[] words, int i)
    {
        for (var k = i + 1; k < words.Length; k++)
        {
            if (words[k] is "“" or "”" or "\"")
            {
                return true;
            }
        }

        return false;
    }

    // "Jerry Pow, the party chairman, told Mr. Dale that he'd back Mr. Moore", "Smith said he would run": "he" or "she"
    // as the subject of what a verb of saying reports stands, as a rule, for the one who says it (a person's name, or
    // a pronoun that names one), not for the nearest name. Where the parse left the verb of saying with no subject,
    // set beside another clause ("Just hours before A and B announced…, C announced he would…"), the person named
    // right before it, or no one: the nearest name is then as likely the wrong one.
    private static (bool Decided, string? Name) SpeakerOf(IReadOnlyList<SentenceAnalysis> passage, int word)
    {
        var sentence = passage[^1];
        if (sentence.Relations[word] is not ("nsubj" or "nsubj:pass") || !SpeakingPronouns.Contains(sentence.Words[word])
            || sentence.Heads[word] - 1 is not (>= 0 and var clause) || sentence.Relations[clause] != "ccomp"
            || sentence.Heads[clause] - 1 is not (>= 0 and var verb) || !ReportingVerbs.Forms.Contains(sentence.Words[verb]))
        {
            return (false, null);
        }

        var subject = sentence.Dependents(verb).FirstOrDefault(d => sentence.Relations[d] == "nsubj", -1);
        if (subject < 0 && sentence.Relations[verb] == "parataxis")
        {
            // The last person named before the verb with no verb between, one person and not a pair ("…, Sen. Patrick
            // Leahy, D-Vermont, announced he would…"); else no one.
            var before = sentence.Entities.LastOrDefault(e => e.End <= verb);
            if (before is { Type: EntitySpan.Person, Length: > 0 } named && !IsCoordinated(sentence, named)
                && !Enumerable.Range(named.End, verb - named.End).Any(i => sentence.Upos[i] is "VERB" or "AUX"))
            {
                return (true, named.Name(sentence.Words));
            }

            // A run of proper nouns right before it (past commas and a party label, "D-Vermont") that the recognizer missed.
            var end = verb;
            while (end > 0 && (sentence.Upos[end - 1] == "PUNCT" || NameFinder.IsPartyLabel(sentence.Words[end - 1])))
            {
                end--;
            }

            var start = end;
            while (start > 0 && sentence.Upos[start - 1] == "PROPN" && !NameFinder.IsPartyLabel(sentence.Words[start - 1]))
            {
                start--;
            }

            return (true, start < end && (start == 0 || !sentence.Words[start - 1].Equals("and", StringComparison.OrdinalIgnoreCase))
                ? UdTokenizer.Detokenize(sentence.Words, start, end)
                : null);
        }

        if (subject < 0 || subject == word)
        {
            return (false, null);
        }

        if (sentence.Upos[subject] == "PRON")
        {
            return NameFor(passage, subject) is { } speaker ? (true, speaker) : (false, null);
        }

        return sentence.Entities.FirstOrDefault(e => e.Type == EntitySpan.Person && e.Start <= subject && subject < e.End) is { Length: > 0 } person
            && !Enumerable.Range(person.Start, person.Length).Any(i => sentence.Xpos[i] == "NNPS")
            ? (true, person.Name(sentence.Words))
            : (false, null);
    }

    // Whether a name is coordinated with another ("Feinstein and Schumer"): one of a plural group.
    private static bool IsCoordinated(SentenceAnalysis sentence, EntitySpan entity)
    {
        var head = GumEntities.HeadOf(sentence.Heads, entity.Start, entity.End);
        return sentence.Relations[head] == "conj" || sentence.Dependents(head).Any(d => sentence.Relations[d] == "conj" && sentence.Upos[d] is "PROPN" or "NOUN");
    }

    // The subject of the clause a non-subject pronoun sits in ("his" in "Kristol called for his resignation" → Kristol;
    // "him" in "Kristol criticized him"), or -1 for a subject or a pronoun outside any clause.
    private static int ClauseSubject(SentenceAnalysis sentence, int word)
    {
        if (sentence.Relations[word] is "nsubj" or "nsubj:pass")
        {
            return -1;
        }

        for (var w = sentence.Heads[word] - 1; w >= 0; w = sentence.Heads[w] - 1)
        {
            if (sentence.Upos[w] is "VERB" or "AUX" || sentence.Dependents(w).Any(d => sentence.Relations[d] == "cop"))
            {
                return sentence.Dependents(w).FirstOrDefault(d => sentence.Relations[d] is "nsubj" or "nsubj:pass", -1);
            }
        }

        return -1;
    }

    private static IEnumerable<(Mention, string?)> MentionsOf(SentenceAnalysis sentence, int s)
    {
        var words = sentence.Words;
        var inName = new bool[words.Length];
        foreach (var entity in sentence.Entities)
        {
            var plural = Enumerable.Range(entity.Start, entity.Length).Any(i => sentence.Xpos[i] == "NNPS");
            Array.Fill(inName, true, entity.Start, entity.Length);
            var last = entity.Length > 1 && EntitySpan.IsPossessiveEnding(words[entity.End - 1]) ? entity.End - 2 : entity.End - 1; // "Howard", not the "'s" of "Mr Howard 's"
            yield return (new Mention(s, entity.Start, entity.End, words[last], "PROPN", words[entity.Start], entity.Type, plural, sentence.IsMainSubject(GumEntities.HeadOf(sentence.Heads, entity.Start, entity.End))), entity.Name(words));
        }

        for (var i = 0; i < words.Length; i++)
        {
            if (inName[i])
            {
                continue;
            }

            if (sentence.Upos[i] == "PRON")
            {
                yield return (new Mention(s, i, i + 1, words[i], "PRON", words[i], null, Subject: sentence.IsMainSubject(i)), null);
            }
            else if (sentence.Upos[i] == "NOUN" && sentence.Relations[i] != "compound")
            {
                // Every noun phrase is a mention, so a pronoun can stand for "the letter" or "critics" and name no one;
                // only a plural group ("senior military figures") answers with its words.
                var from = sentence.ModifiedFrom(i);
                var plural = sentence.Xpos[i] == "NNS";
                var name = plural && NameFinder.GroupNouns.Contains(words[i]) ? UdTokenizer.Detokenize(words, from, BodyOf(sentence, i) is var body and >= 0 ? body + 1 : i + 1) : null;
                yield return (new Mention(s, from, i + 1, words[i], "NOUN", words[from], null, plural, sentence.IsMainSubject(i)), name);
            }
        }
    }

    // "The leaders of the Senate intelligence committee": the body a proper noun names that a group belongs to, right
    // after the group's noun; -1 when there is none.
    private static int BodyOf(SentenceAnalysis sentence, int noun)
    {
        var words = sentence.Words;
        for (var d = noun + 1; d < words.Length; d++)
        {
            if (sentence.Heads[d] - 1 == noun && sentence.Relations[d] == "nmod"
                && sentence.Dependents(d).Any(c => sentence.Relations[c] == "case" && words[c].ToLowerInvariant() is "of" or "in")
                && (sentence.Upos[d] == "PROPN" || sentence.Dependents(d).Any(c => sentence.Relations[c] == "compound" && sentence.Upos[c] == "PROPN"))
                && Enumerable.Range(noun + 1, d - noun).All(w => sentence.IsWithin(w, d)))
            {
                return d;
            }
        }

        return -1;
    }
}
