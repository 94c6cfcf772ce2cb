using BriefingBot.Core.Language;

namespace BriefingBot.Core.Answering;

/// <summary>
/// Finds, in one sentence, the parties that support or oppose a target. Surface patterns only:
/// "A and B back T", "T's staunchest supporters, A and B", "T was backed by A", "support for T from A",
/// with negation ("did not back T") respected. The answer engine reads each sentence with
/// <see cref="ParsedStanceExtractor"/> too; these patterns catch what the tagger or parser misreads.
/// </summary>
public static class StanceExtractor
{
    /// <summary>How target words are compared: "Pena Nieto" asked finds "Peña Nieto" written; case and accents do not matter.</summary>
    public static readonly StringComparer TargetWordComparer =
        StringComparer.Create(System.Globalization.CultureInfo.InvariantCulture, System.Globalization.CompareOptions.IgnoreCase | System.Globalization.CompareOptions.IgnoreNonSpace);

    private static readonly HashSet<string> ClauseBoundaries = new(StringComparer.OrdinalIgnoreCase)
    {
        ";", ":", "–", "—", "(", ")", "\"", "“", "”", "as", "while", "because", "although", "after", "when", "who",
        "which", "that", "but", "whereas", "since", "if", "whether", "though", "unless", "despite",
    };

    private const int MaxQualifier = 10; // words between a role noun and the comma before its names

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "in", "from", "of", "for", "with", "at", "on", "by", "into", "about", "against", "over", "under", "toward", "towards",
    };

    /// <summary>The parties the sentence puts on the requested side of the target.</summary>
    public static List<string> Extract(string sentence, string target, bool supporters)
    {
        var tokens = SentenceToken.Tokenize(sentence);
        var targetWords = TargetWords(target);
        var targetPositions = Enumerable.Range(0, tokens.Count)
            .Where(i => tokens[i].IsWord && targetWords.Contains(tokens[i].Text))
            .ToList();
        if (targetPositions.Count == 0 || targetWords.Count == 0)
        {
            return [];
        }

        // What a cue verb acts on: not "Moore's rival", someone else than Moore (who is named by "Moore's rivals, A and B").
        // Nor is "a former Clinton aide" Clinton, nor "Zelaya's ouster" Zelaya.
        var actedOn = targetPositions.Where(i => !(NextWord(tokens, i) is { } owned
            && (StanceCues.OwnedPeople.Contains(owned) && (tokens[i].Possessive || char.IsLower(owned[0])) || StanceCues.BefallingIt.Contains(owned) && tokens[i].Possessive))).ToList();

        var cues = supporters ? StanceCues.Support : StanceCues.Oppose;
        var roleNouns = supporters ? StanceCues.SupporterNouns : StanceCues.OpponentNouns;
        var found = new List<string>();
        var texts = tokens.Select(t => t.Text).ToList();
        var titleCase = tokens.Where(t => t.IsWord && t.Text.Length > 3).All(t => t.IsCapitalized);
        for (var c = 0; c < tokens.Count; c++)
        {
            // "tore into T", "stood by T": a verb that takes a side through the preposition after it.
            var phrasal = tokens[c].IsWord && !StanceCues.VoteForms.Contains(tokens[c].Text) ? StanceCues.PrepositionCueLength(texts, c, supporters) : 0;
            // "champion" goes by word order as the title it mostly is ("defending champion Venus Williams"), never as a
            // cue; "back" only before a name or "the" ("back Maduro", not "steal back any edge", "hit back at").
            if (!tokens[c].IsWord || !(cues.Contains(tokens[c].Text) || roleNouns.Contains(tokens[c].Text) || phrasal > 0)
                || tokens[c].Text.Equals("champion", StringComparison.OrdinalIgnoreCase) || tokens[c].Text.Equals("champions", StringComparison.OrdinalIgnoreCase)
                || tokens[c].Text.Equals("back", StringComparison.OrdinalIgnoreCase) && !(c + 1 < tokens.Count && (tokens[c + 1].IsCapitalized || tokens[c + 1].Text.Equals("the", StringComparison.OrdinalIgnoreCase)))
                || IsNegated(tokens, c)
                || IsAdjectival(tokens, c)
                || !titleCase && InsideName(tokens, c)
                || StanceCues.NamesARole(tokens[c].Text, c + 1 < tokens.Count ? tokens[c + 1].Text : null))
            {
                continue;
            }

            if (roleNouns.Contains(tokens[c].Text))
            {
                // "T's (staunchest) supporters – A and B": the names set off right after the noun, not whoever the
                // supporters then speak of ("T's supporters said …, going up against A").
                if (targetPositions.Any(t => t < c && c - t <= 3 && tokens[t].Possessive) && ListStart(tokens, c + 1) is { } list)
                {
                    found.AddRange(NamesAfter(tokens, list));
                }

                continue;
            }

            var targetBefore = actedOn.Any(t => t < c && SameClause(tokens, t, c));
            var targetAfter = actedOn.Any(t => t > c && t - c <= 4 && SameClause(tokens, c, t) && NothingNamedBetween(tokens, c, t, targetWords));
            var next = c + 1 < tokens.Count ? tokens[c + 1].Text : string.Empty;

            if (phrasal > 0)
            {
                // The target right after the preposition, with only an article, a title or a first name before it ("tore
                // into the Tory plans", "hit out at Sen. Paul Hale"; not "hit out at critics of the bill").
                if (actedOn.Any(t => t >= c + phrasal && t - (c + phrasal) <= 4
                    && Enumerable.Range(c + phrasal, t - c - phrasal).All(k => tokens[k].IsCapitalized || tokens[k].Text is "." or "the" or "The" or "a" or "an")))
                {
                    found.AddRange(SubjectNames(tokens, ClauseStart(tokens, c), c));
                }
            }
            else if (targetBefore && next.Equals("by", StringComparison.OrdinalIgnoreCase))
            {
                found.AddRange(NamesAfter(tokens, c + 2)); // "T is backed by A"
            }
            else if (targetBefore && next is "from" or "of" && !targetAfter)
            {
                // "T received the support of A"; a participle is the passive it is ("T had been accused of harassment by
                // A"), not "the most recognized of the inmates at … Pittsburgh".
                var agent = tokens[c].Text.EndsWith("ed", StringComparison.OrdinalIgnoreCase) ? AgentAfter(tokens, c) : c + 2;
                if (agent >= 0)
                {
                    found.AddRange(NamesAfter(tokens, agent));
                }
            }
            else if (targetAfter && !next.Equals("by", StringComparison.OrdinalIgnoreCase))
            {
                // "A backs T" (but in "A was challenged by T" T is the one who acts; "asked whether A backed T" asks)
                var clauseStart = ClauseStart(tokens, c);
                if (clauseStart == 0 || tokens[clauseStart - 1].Text.ToLowerInvariant() is not ("if" or "whether"))
                {
                    found.AddRange(SubjectNames(tokens, clauseStart, c));
                }
            }
        }

        return found
            .Where(name => !Tokenizer.Words(name).Any(targetWords.Contains))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    // Where the agent of a passive participle starts: after the "by" that follows it in its clause; -1 when none does.
    private static int AgentAfter(List<SentenceToken> tokens, int participle)
    {
        for (var i = participle + 1; i < tokens.Count && !ClauseBoundaries.Contains(tokens[i].Text); i++)
        {
            if (tokens[i].Text.Equals("by", StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return -1;
    }

    // A participle used as an adjective takes no side: "the most recognized of the inmates", "228 condemned inmates".
    private static bool IsAdjectival(List<SentenceToken> tokens, int c) =>
        tokens[c].Text.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && c > 0
        && (tokens[c - 1].Text.ToLowerInvariant() is "the" or "a" or "an" or "most" or "more" or "least" or "less" || tokens[c - 1].Text.All(char.IsDigit));

    // A capitalized cue word between capitalized words is part of a name ("scrapping the Child Support Agency"), in a
    // sentence that is not written in title case.
    private static bool InsideName(List<SentenceToken> tokens, int c) =>
        tokens[c].IsCapitalized && c > 0 && tokens[c - 1].IsWord && tokens[c - 1].IsCapitalized && c + 1 < tokens.Count && tokens[c + 1].IsCapitalized;

    private static string? NextWord(List<SentenceToken> tokens, int i) =>
        tokens.Skip(i + 1).FirstOrDefault(t => t.IsWord && !t.Text.StartsWith('\'')) is { } next ? next.Text : null;

    /// <summary>The capitalized words of the target that identify it ("Juan Guaido" → Juan, Guaido).</summary>
    public static HashSet<string> TargetWords(string target) =>
        Tokenizer.Words(target)
            .Where(w => w.Length > 1 && !StopWords.Contains(w.ToLowerInvariant()))
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..])
            .ToHashSet(TargetWordComparer);

    // Names before the cue that are not objects of a preposition ("lend to Venezuela and back Maduro").
    private static IEnumerable<string> SubjectNames(List<SentenceToken> tokens, int clauseStart, int cue) =>
        NameFinder.Find(tokens, clauseStart, cue)
            .Where(n => FirstTokenOf(tokens, n) is var first && (first == 0 || !Prepositions.Contains(tokens[first - 1].Text)))
            .Select(n => n.Name);

    private static int FirstTokenOf(List<SentenceToken> tokens, (string Name, int Last) name)
    {
        var words = Tokenizer.Words(name.Name).Count;
        var i = name.Last;
        for (var seen = 0; i > 0; i--)
        {
            if (tokens[i].IsWord && ++seen == words)
            {
                break;
            }
        }

        return tokens[i].Text.Equals("the", StringComparison.OrdinalIgnoreCase) || i > 0 && tokens[i - 1].Text.Equals("the", StringComparison.OrdinalIgnoreCase) && name.Name.StartsWith("the ", StringComparison.Ordinal) ? Math.Max(0, i - 1) : i;
    }

    // Where a list set off after a noun starts: after a comma, dash or colon, or "including" / "such as", at a
    // capitalized word ("supporters – Russia and China", "supporters, including the United States"), also past a
    // phrase that says which ones ("opponent in the general election for the seat, Tom Hale"); null otherwise.
    private static int? ListStart(List<SentenceToken> tokens, int from)
    {
        var i = from;
        if (i < tokens.Count && Prepositions.Contains(tokens[i].Text) && tokens[i].Text is not ("to" or "against"))
        {
            var comma = tokens.FindIndex(i, Math.Min(MaxQualifier, tokens.Count - i), t => t.Text is "," or "–" or "—");
            if (comma < 0)
            {
                return null;
            }

            i = comma;
        }

        var start = i;
        var setOff = false;
        var including = false;
        while (i < tokens.Count && (!tokens[i].IsWord || tokens[i].Text is "including" or "such" or "as" or "like" or "namely"))
        {
            setOff |= tokens[i].Text is "," or "–" or "—" or "-" or "--" or ":";
            including |= tokens[i].Text is "including" or "such" or "like" or "namely";
            i++;
        }

        if (i < tokens.Count && tokens[i].Text.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            i++;
        }

        // "including" lists even past a description ("allies, including the minority leader, Tom Hale"); a name may
        // also follow the noun directly ("Hale's 2016 opponent Ana Vale").
        return including || ((setOff || i == start) && i < tokens.Count && tokens[i].IsCapitalized) ? start : null;
    }

    private static List<string> NamesAfter(List<SentenceToken> tokens, int from)
    {
        var i = from;
        while (i < tokens.Count && !tokens[i].IsWord)
        {
            i++; // "supporters – Russia"
        }

        var end = i;
        while (end < tokens.Count && !(ClauseBoundaries.Contains(tokens[end].Text) && end > i) && tokens[end].Text is not ("." or "to"))
        {
            end++;
        }

        return NameFinder.Find(tokens, i, end).Select(n => n.Name).ToList();
    }

    private static int ClauseStart(List<SentenceToken> tokens, int cue)
    {
        for (var i = cue - 1; i >= 0; i--)
        {
            if (ClauseBoundaries.Contains(tokens[i].Text))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static bool SameClause(List<SentenceToken> tokens, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (ClauseBoundaries.Contains(tokens[i].Text) && tokens[i].Text is not ("as" or "that" or "who"))
            {
                return false;
            }
        }

        return true;
    }

    // "recognize Guaido, not Maduro": the cue's object is the first name after it, and "not" undoes it.
    private static bool NothingNamedBetween(List<SentenceToken> tokens, int cue, int target, HashSet<string> targetWords)
    {
        for (var i = cue + 1; i < target; i++)
        {
            if (tokens[i].IsCapitalized && !targetWords.Contains(tokens[i].Text) || StanceCues.Negations.Contains(tokens[i].Text))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNegated(List<SentenceToken> tokens, int cue)
    {
        for (var i = Math.Max(0, cue - 3); i < cue; i++)
        {
            if (StanceCues.Negations.Contains(tokens[i].Text) || tokens[i].Text.EndsWith("n't", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
